// The tone colours the views and the widgets draw the core's semantic tones with, light and
// dark, all AA.
import Foundation

/// An sRGB colour.
public struct RGB: Sendable, Equatable {
    /// Red, 0–1.
    public var red: Double
    /// Green, 0–1.
    public var green: Double
    /// Blue, 0–1.
    public var blue: Double

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        red = Double((hex >> 16) & 0xFF) / 255
        green = Double((hex >> 8) & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
    }

    /// Relative luminance (WCAG 2.x).
    public var luminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.039_28 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio with `other` (1–21).
    public func contrast(with other: RGB) -> Double {
        let (light, dark) = luminance > other.luminance ? (self, other) : (other, self)
        return (light.luminance + 0.05) / (dark.luminance + 0.05)
    }
}

/// The colours of one tone.
public struct ToneColors: Sendable, Equatable {
    /// Behind a card or badge in this tone.
    public var container: RGB
    /// Text and icons on `container`: at least 4.5:1 (WCAG AA).
    public var onContainer: RGB
    /// A border or mark on the screen's background: at least 3:1 against it.
    public var accent: RGB
}

/// Every tone's colours in one appearance. The same values as the Android theme
/// (android/ui/…/theme/AftercareColors.kt), so both apps say a tone with the same colour;
/// the core's words always come with it.
public struct TonePalette: Sendable, Equatable {
    /// Plain information.
    public var neutral: ToneColors
    /// Fits normal healing.
    public var normal: ToneColors
    /// Keep an eye on it.
    public var watch: ToneColors
    /// Contact the provider soon.
    public var contactProvider: ToneColors
    /// Contact the provider now.
    public var urgent: ToneColors
    /// Something about the app went wrong (not about health).
    public var problem: ToneColors

    /// The colours of `tone`.
    public subscript(tone: GlanceTone) -> ToneColors {
        switch tone {
        case .neutral: return neutral
        case .normal: return normal
        case .watch: return watch
        case .contactProvider: return contactProvider
        case .urgent: return urgent
        case .problem: return problem
        }
    }

    /// Light appearance.
    public static let light = TonePalette(
        neutral: tone(0xE3EBEA, 0x1B2B2A, 0x5A6968),
        normal: tone(0xD7F3DF, 0x0B3D1E, 0x1E7A3E),
        watch: tone(0xFFF0C2, 0x3F2D00, 0x8A6100),
        contactProvider: tone(0xFFDDC7, 0x4F1C00, 0xA84200),
        urgent: tone(0xFFDAD6, 0x5C0004, 0xBA1A1A),
        problem: tone(0xEDE0FF, 0x2E1055, 0x6B4A9E)
    )

    /// Dark appearance.
    public static let dark = TonePalette(
        neutral: tone(0x2B3433, 0xDCE5E4, 0x8F9E9D),
        normal: tone(0x0F3D22, 0xB7F0C8, 0x7DD89B),
        watch: tone(0x3D2E00, 0xFFE08A, 0xF0C14B),
        contactProvider: tone(0x4A1F00, 0xFFD2B3, 0xFF9A57),
        urgent: tone(0x690005, 0xFFDAD6, 0xFFB4AB),
        problem: tone(0x3B2460, 0xEBDDFF, 0xC3A6F0)
    )

    /// The backgrounds the accents sit on: iOS's system and grouped backgrounds (and the
    /// secondary ones cards use), light then dark.
    public static let lightBackgrounds = [RGB(hex: 0xFFFFFF), RGB(hex: 0xF2F2F7)]
    /// Dark backgrounds, elevated included.
    public static let darkBackgrounds = [
        RGB(hex: 0x000000), RGB(hex: 0x1C1C1E), RGB(hex: 0x2C2C2E),
    ]

    private static func tone(_ container: UInt32, _ on: UInt32, _ accent: UInt32) -> ToneColors {
        ToneColors(
            container: RGB(hex: container), onContainer: RGB(hex: on), accent: RGB(hex: accent))
    }
}

/// The core's semantic tones (`Tone`), as the glance file names them: this module does not link
/// the core, so the widget extension can read the file without it.
public enum GlanceTone: String, Codable, Sendable, CaseIterable {
    /// Plain information.
    case neutral
    /// Fits normal healing.
    case normal
    /// Keep an eye on it.
    case watch
    /// Contact the provider soon.
    case contactProvider
    /// Contact the provider now.
    case urgent
    /// Something about the app went wrong.
    case problem
}
