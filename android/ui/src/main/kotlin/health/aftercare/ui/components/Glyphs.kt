// Small line icons drawn here (no icon library): navigation places, a check mark, a chevron.
package health.aftercare.ui.components

import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.SolidColor
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.StrokeJoin
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.graphics.vector.PathBuilder
import androidx.compose.ui.graphics.vector.path
import androidx.compose.ui.unit.dp
import health.aftercare.core.Destination

/** The icons; each is tinted by `Icon` with the content colour, so black here is a placeholder. */
object Glyphs {
    /** A check mark: "chosen", next to the selected state a screen reader announces. */
    val Check: ImageVector = lines("Check") {
        moveTo(5f, 12.5f)
        lineTo(10f, 17.5f)
        lineTo(19f, 7f)
    }

    /** A chevron pointing down ("show more"); turned for "show less". */
    val ChevronDown: ImageVector = lines("ChevronDown") {
        moveTo(6f, 9f)
        lineTo(12f, 15f)
        lineTo(18f, 9f)
    }

    /** A house: Today, the home screen. */
    val Today: ImageVector = lines("Today") {
        moveTo(4f, 11f)
        lineTo(12f, 4f)
        lineTo(20f, 11f)
        moveTo(6f, 9.5f)
        verticalLineTo(20f)
        horizontalLineTo(18f)
        verticalLineTo(9.5f)
        moveTo(10f, 20f)
        verticalLineTo(14f)
        horizontalLineTo(14f)
        verticalLineTo(20f)
    }

    /** Three points on a line with their texts: the recovery timeline. */
    val Timeline: ImageVector = lines("Timeline", autoMirror = true) {
        moveTo(7f, 3.5f)
        verticalLineTo(20.5f)
        circle(7f, 6f, 1.6f)
        circle(7f, 12f, 1.6f)
        circle(7f, 18f, 1.6f)
        moveTo(11f, 6f)
        horizontalLineTo(20f)
        moveTo(11f, 12f)
        horizontalLineTo(20f)
        moveTo(11f, 18f)
        horizontalLineTo(17f)
    }

    /** A clock: the history of entries. */
    val History: ImageVector = lines("History") {
        circle(12f, 12f, 8.5f)
        moveTo(12f, 7f)
        verticalLineTo(12f)
        lineTo(15.5f, 14.5f)
    }

    /** A calendar: sessions. */
    val Sessions: ImageVector = lines("Sessions") {
        moveTo(4f, 6f)
        horizontalLineTo(20f)
        verticalLineTo(20f)
        horizontalLineTo(4f)
        close()
        moveTo(4f, 10.5f)
        horizontalLineTo(20f)
        moveTo(8.5f, 3.5f)
        verticalLineTo(7.5f)
        moveTo(15.5f, 3.5f)
        verticalLineTo(7.5f)
    }

    /** Three sliders: settings. */
    val Settings: ImageVector = lines("Settings") {
        moveTo(4f, 7f)
        horizontalLineTo(20f)
        moveTo(4f, 12f)
        horizontalLineTo(20f)
        moveTo(4f, 17f)
        horizontalLineTo(20f)
        circle(9f, 7f, 2f)
        circle(15f, 12f, 2f)
        circle(8f, 17f, 2f)
    }

    /** The icon of a navigation place. */
    fun of(destination: Destination): ImageVector = when (destination) {
        Destination.TODAY -> Today
        Destination.TIMELINE -> Timeline
        Destination.HISTORY -> History
        Destination.SESSIONS -> Sessions
        Destination.SETTINGS -> Settings
        // Not in the bar today; a place the core adds later still gets an icon.
        Destination.LOG, Destination.REPORT -> Timeline
    }

    private fun lines(name: String, autoMirror: Boolean = false, draw: PathBuilder.() -> Unit): ImageVector =
        ImageVector.Builder(
            name = name,
            defaultWidth = 24.dp,
            defaultHeight = 24.dp,
            viewportWidth = 24f,
            viewportHeight = 24f,
            autoMirror = autoMirror,
        ).path(
            fill = null,
            stroke = SolidColor(Color.Black),
            strokeLineWidth = 2f,
            strokeLineCap = StrokeCap.Round,
            strokeLineJoin = StrokeJoin.Round,
            pathBuilder = draw,
        ).build()

    /** A closed circle, as two half arcs. */
    private fun PathBuilder.circle(cx: Float, cy: Float, r: Float) {
        moveTo(cx - r, cy)
        arcTo(r, r, 0f, isMoreThanHalf = false, isPositiveArc = true, x1 = cx + r, y1 = cy)
        arcTo(r, r, 0f, isMoreThanHalf = false, isPositiveArc = true, x1 = cx - r, y1 = cy)
        close()
    }
}
