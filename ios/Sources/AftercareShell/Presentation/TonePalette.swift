import AftercareCore
// The core's tones in the palette's colours, and the tone of a severity band.
@_exported import AftercareGlance

extension GlanceTone {
    /// The glance file's name for the core's `tone`.
    public init(_ tone: Tone) {
        switch tone {
        case .neutral: self = .neutral
        case .normal: self = .normal
        case .watch: self = .watch
        case .contactProvider: self = .contactProvider
        case .urgent: self = .urgent
        case .problem: self = .problem
        }
    }
}

extension TonePalette {
    /// The colours of the core's `tone`.
    public subscript(tone: Tone) -> ToneColors {
        self[GlanceTone(tone)]
    }
}

extension SeverityBand {
    /// The tone a severity band is drawn in: none and mild are calm, moderate is "watch",
    /// severe "contact", worst "urgent". The words always come with it.
    public var tone: Tone {
        switch self {
        case .none: return .neutral
        case .mild: return .normal
        case .moderate: return .watch
        case .severe: return .contactProvider
        case .worst: return .urgent
        }
    }
}
