// What every drawn screen must hold whatever its state: finger-sized targets, labelled controls,
// no raw ids or placeholders, headings; and capturing it page by page.
package health.aftercare.ui

import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import java.awt.Color
import java.awt.image.BufferedImage
import java.io.File
import javax.imageio.ImageIO

/** Problems found on one drawn screen, each saying where. */
@OptIn(ExperimentalTestApi::class)
fun SkikoComposeUiTest.screenProblems(where: String): List<String> {
    val problems = mutableListOf<String>()
    val nodes = onAllNodes(SemanticsMatcher("any") { true }, useUnmergedTree = false).fetchSemanticsNodes()
    val dp = density.density
    for (node in nodes) {
        val words = wordsOf(node)
        if (node.config.getOrNull(SemanticsActions.OnClick) != null && node.config.getOrNull(SemanticsProperties.Disabled) == null) {
            // Layout size, not the on-screen part: a button half scrolled away is still full size.
            val w = node.size.width / dp
            val h = node.size.height / dp
            if (w < MIN_TARGET_DP || h < MIN_TARGET_DP) problems += "$where: '${words.take(60)}' is ${w.toInt()}x${h.toInt()} dp"
            if (words.isBlank()) problems += "$where: a control without words (${node.config})"
        }
        for (text in texts(node)) {
            RAW.find(text)?.let { problems += "$where: raw id or placeholder '${it.value}' in '$text'" }
        }
    }
    if (nodes.none { it.config.getOrNull(SemanticsProperties.Heading) != null }) problems += "$where: no heading"
    problems += brokenWords(where)
    return problems
}

/**
 * A word broken across lines ("Cronol" / "ogía"), which a large font or a long Spanish word
 * causes in a narrow place (a navigation bar, a chip, a button beside another): every text
 * with a layout, in the unmerged tree. Paths, addresses and tokens too long for any phone's
 * line (over [UNBREAKABLE] characters) have to break somewhere and are left out.
 */
@OptIn(ExperimentalTestApi::class)
private fun SkikoComposeUiTest.brokenWords(where: String): List<String> {
    val problems = mutableListOf<String>()
    val laidOut = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
        .fetchSemanticsNodes()
    for (node in laidOut) {
        val results = mutableListOf<TextLayoutResult>()
        node.config[SemanticsActions.GetTextLayoutResult].action?.invoke(results)
        for (layout in results) {
            val text = layout.layoutInput.text.text
            for (line in 0 until layout.lineCount - 1) {
                val end = layout.getLineEnd(line)
                if (end !in 1 until text.length || !text[end - 1].isLetterOrDigit() || !text[end].isLetterOrDigit()) continue
                val start = text.lastIndexOf(' ', end - 1) + 1
                val stop = text.indexOf(' ', end).let { if (it < 0) text.length else it }
                val word = text.substring(start, stop)
                if (word.length > UNBREAKABLE || word.any { it == '/' || it == '@' }) continue
                problems += "$where: '$word' is broken across lines at '${text.substring(start, end)}|' in '$text'"
            }
        }
    }
    return problems
}

/** Longer than this, a word cannot be expected to fit a 360 dp line at font scale 1.5. */
private const val UNBREAKABLE = 20

private const val MIN_TARGET_DP = 47.5f

/** Message ids (`command-save`), unfilled placeholders, enum names (`CONTACT_PROVIDER`). */
private val RAW = Regex(
    "\\b(command|title|nav|field|input|today|log|triage|timeline|sessions|history|report|settings|notice|time|severity|" +
        "level|reminder|banner|message|symptom|area|rule|share|first-run|welcome)-[a-z][a-z-]*\\b|\\{ ?\\$|\\$[a-z]|\\b[A-Z]{3,}_[A-Z]{2,}\\b"
)

private fun texts(node: SemanticsNode): List<String> =
    node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text } +
        node.config.getOrNull(SemanticsProperties.ContentDescription).orEmpty() +
        listOfNotNull(node.config.getOrNull(SemanticsProperties.EditableText)?.text)

private fun wordsOf(node: SemanticsNode): String = texts(node).joinToString(" ")

/**
 * The screen as the phone shows it, page after page: the first page, then the page column
 * scrolled by most of its height until its end (at most [maxPages]). [settle] lets a frame
 * or two pass after each scroll.
 */
@OptIn(ExperimentalTestApi::class)
fun SkikoComposeUiTest.capturePages(settle: () -> Unit, maxPages: Int = 20): List<BufferedImage> {
    val pages = mutableListOf(captureToImage().toAwtImage())
    val scrollable = SemanticsMatcher.keyIsDefined(SemanticsProperties.VerticalScrollAxisRange)
    fun page() = onAllNodes(scrollable).fetchSemanticsNodes().firstOrNull()
    while (pages.size < maxPages) {
        val node = page() ?: break
        val range = node.config[SemanticsProperties.VerticalScrollAxisRange]
        val before = range.value()
        if (before >= range.maxValue() - 0.5f) break
        onAllNodes(scrollable)[0].performScroll(node.size.height * 0.85f)
        settle()
        val after = page()?.config?.get(SemanticsProperties.VerticalScrollAxisRange)?.value() ?: break
        if (after <= before) break
        pages += captureToImage().toAwtImage()
    }
    return pages
}

private fun androidx.compose.ui.test.SemanticsNodeInteraction.performScroll(by: Float) {
    performSemanticsActionCompat { it(0f, by) }
}

private fun androidx.compose.ui.test.SemanticsNodeInteraction.performSemanticsActionCompat(scroll: ((Float, Float) -> Boolean) -> Unit) {
    val action = fetchSemanticsNode().config[SemanticsActions.ScrollBy].action ?: return
    scroll { x, y -> action(x, y) }
}

/**
 * Writes [pages] side by side, at most [PAGES_PER_SHEET] to a PNG (a phone's pages read left
 * to right, legible at a glance): `<name>.png`, then `<name>-more1.png`...
 */
fun writeSheets(pages: List<BufferedImage>, directory: File, name: String): List<File> =
    pages.chunked(PAGES_PER_SHEET).mapIndexed { index, chunk ->
        val file = File(directory, if (index == 0) "$name.png" else "$name-more$index.png")
        writeSheet(chunk, file)
        file
    }

/** Pages per PNG. */
const val PAGES_PER_SHEET = 4

private fun writeSheet(pages: List<BufferedImage>, file: File) {
    val gap = 16
    val width = pages.sumOf { it.width } + gap * (pages.size - 1)
    val height = pages.maxOf { it.height }
    val sheet = BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
    val g = sheet.createGraphics()
    g.color = Color(0x80, 0x80, 0x80)
    g.fillRect(0, 0, width, height)
    var x = 0
    for (page in pages) {
        g.drawImage(page, x, 0, null)
        x += page.width + gap
    }
    g.dispose()
    file.parentFile.mkdirs()
    ImageIO.write(sheet, "png", file)
}
