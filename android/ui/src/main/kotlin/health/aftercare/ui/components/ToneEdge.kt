// A coloured bar along the start edge of a block, drawn behind it (sized by the block itself).
package health.aftercare.ui.components

import androidx.compose.foundation.layout.padding
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.drawBehind
import androidx.compose.ui.geometry.CornerRadius
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp

/**
 * A [width] bar of [color] at the start edge (the right in right-to-left languages), then
 * [gap] before the content. Drawn rather than laid out: a laid-out bar needs the row's height
 * from intrinsic measurement, which cuts a wrapped second line off.
 */
fun Modifier.toneEdge(color: Color, width: Dp = 4.dp, gap: Dp = 12.dp): Modifier =
    drawBehind {
        val w = width.toPx()
        val x = if (layoutDirection == LayoutDirection.Ltr) 0f else size.width - w
        drawRoundRect(color, topLeft = Offset(x, 0f), size = Size(w, size.height), cornerRadius = CornerRadius(w / 2))
    }.padding(start = width + gap)
