#!/usr/bin/env python3
"""Prints UniFFI's generated Swift bindings with a faster reader (used by tests/swift/run.sh
and ios/build-xcframework.sh):

    python3 ios/fast-reader.py build/bindings/AftercareCore.swift > AftercareCore.swift

UniFFI 0.32.2's Swift reader copies every integer and string out of the buffer with
Foundation's generic `DataProtocol.copyBytes(to:from:)`, which is not specialized across the
module boundary: lifting a screen spent most of its time instantiating generic metadata
(perf on tests/swift's AftercareBench). Reading through `withUnsafeBytes` instead does the same
(big-endian integers at the same offsets, the same bounds checks, the same errors) and made
lifting and lowering the log form's update 170 -> 29 µs (tests/swift/README.md). The reader's
`Data` always comes from `Data(rustBuffer:)`, whose indices start at 0, so offsets into the
raw buffer are the same as the generated code's.

Only the two functions' bodies change. If the generated text is not exactly what this patch
expects (another UniFFI version), it stops with an error instead of guessing.
"""
import sys

ORIGINAL_READ_INT = """fileprivate func readInt<T: FixedWidthInteger>(_ reader: inout (data: Data, offset: Data.Index)) throws -> T {
    let range = reader.offset..<reader.offset + MemoryLayout<T>.size
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    if T.self == UInt8.self {
        let value = reader.data[reader.offset]
        reader.offset += 1
        return value as! T
    }
    var value: T = 0
    let _ = withUnsafeMutableBytes(of: &value, { reader.data.copyBytes(to: $0, from: range)})
    reader.offset = range.upperBound
    return value.bigEndian
}
"""

FAST_READ_INT = """fileprivate func readInt<T: FixedWidthInteger>(_ reader: inout (data: Data, offset: Data.Index)) throws -> T {
    // Patched by ios/fast-reader.py: one unaligned load instead of a generic copyBytes.
    let offset = reader.offset
    let size = MemoryLayout<T>.size
    guard reader.data.count >= offset + size else {
        throw UniffiInternalError.bufferOverflow
    }
    let value = reader.data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    reader.offset = offset + size
    return T(bigEndian: value)
}
"""

ORIGINAL_READ_BYTES = """fileprivate func readBytes(_ reader: inout (data: Data, offset: Data.Index), count: Int) throws -> Array<UInt8> {
    let range = reader.offset..<(reader.offset+count)
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    var value = [UInt8](repeating: 0, count: count)
    value.withUnsafeMutableBufferPointer({ buffer in
        reader.data.copyBytes(to: buffer, from: range)
    })
    reader.offset = range.upperBound
    return value
}
"""

FAST_READ_BYTES = """fileprivate func readBytes(_ reader: inout (data: Data, offset: Data.Index), count: Int) throws -> Array<UInt8> {
    // Patched by ios/fast-reader.py: one copy of the range instead of a generic copyBytes.
    let offset = reader.offset
    guard count >= 0, reader.data.count >= offset + count else {
        throw UniffiInternalError.bufferOverflow
    }
    let value = reader.data.withUnsafeBytes { Array($0[offset..<(offset + count)]) }
    reader.offset = offset + count
    return value
}
"""


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python3 ios/fast-reader.py GENERATED.swift > PATCHED.swift", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as generated:
        text = generated.read()
    for original, fast, name in [
        (ORIGINAL_READ_INT, FAST_READ_INT, "readInt"),
        (ORIGINAL_READ_BYTES, FAST_READ_BYTES, "readBytes"),
    ]:
        if text.count(original) != 1:
            print(
                f"fast-reader: the generated {name} is not the one this patch expects "
                "(another UniFFI version?); review ios/fast-reader.py",
                file=sys.stderr,
            )
            return 1
        text = text.replace(original, fast)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
