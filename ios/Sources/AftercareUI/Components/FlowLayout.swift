// Rows that wrap: chips, severity values, a line's commands.
#if canImport(SwiftUI)
    import SwiftUI

    /// Places its subviews left to right (right to left in a right-to-left layout, which
    /// SwiftUI mirrors) and starts a new row when the next one does not fit.
    struct FlowLayout: Layout {
        var spacing: CGFloat = 8

        func sizeThatFits(proposal: ProposedViewSize, subviews: Subviews, cache: inout ()) -> CGSize
        {
            let rows = arrange(subviews, width: proposal.width ?? .infinity)
            let width = rows.map(\.width).max() ?? 0
            let height = rows.map(\.height).reduce(0, +) + spacing * CGFloat(max(rows.count - 1, 0))
            return CGSize(width: proposal.width ?? width, height: height)
        }

        func placeSubviews(
            in bounds: CGRect, proposal: ProposedViewSize, subviews: Subviews, cache: inout ()
        ) {
            var y = bounds.minY
            for row in arrange(subviews, width: bounds.width) {
                var x = bounds.minX
                for (index, size) in zip(row.indices, row.sizes) {
                    subviews[index].place(
                        at: CGPoint(x: x, y: y), anchor: .topLeading,
                        proposal: ProposedViewSize(size))
                    x += size.width + spacing
                }
                y += row.height + spacing
            }
        }

        private struct Row {
            var indices: [Int] = []
            var sizes: [CGSize] = []
            var width: CGFloat = 0
            var height: CGFloat = 0
        }

        private func arrange(_ subviews: Subviews, width: CGFloat) -> [Row] {
            var rows: [Row] = []
            var row = Row()
            for index in subviews.indices {
                // Never wider than the row: a long label wraps inside its own view.
                let size = subviews[index].sizeThatFits(ProposedViewSize(width: width, height: nil))
                let needed = row.indices.isEmpty ? size.width : row.width + spacing + size.width
                if !row.indices.isEmpty && needed > width {
                    rows.append(row)
                    row = Row()
                }
                row.width = row.indices.isEmpty ? size.width : row.width + spacing + size.width
                row.height = max(row.height, size.height)
                row.indices.append(index)
                row.sizes.append(size)
            }
            if !row.indices.isEmpty {
                rows.append(row)
            }
            return rows
        }
    }
#endif
