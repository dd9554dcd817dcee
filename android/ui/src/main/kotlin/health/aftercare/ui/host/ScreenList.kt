// A long page drawn lazily: only the blocks on screen are composed and laid out.
package health.aftercare.ui.host

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.consumeWindowInsets
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.imePadding
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.LazyListState
import androidx.compose.foundation.lazy.rememberLazyListState
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

/**
 * [ScreenColumn]'s look for pages that can run to dozens of lines (Today, the timeline): a
 * scrolling column composes every line for its first frame, on screen or not, which costs
 * more than a 120 Hz frame; this one composes what fits. The page's blocks are added with
 * [block] (16 dp apart, as in [ScreenColumn]); [item]s sit flush, for lines that draw one
 * continuous figure (the timeline's line). No text fields: a focused field scrolled away would
 * be disposed.
 */
@Composable
fun ScreenList(
    padding: PaddingValues,
    modifier: Modifier = Modifier,
    state: LazyListState = rememberLazyListState(),
    content: LazyListScope.() -> Unit,
) {
    LazyColumn(
        modifier = modifier
            .fillMaxSize()
            .padding(padding)
            .consumeWindowInsets(padding)
            .imePadding(),
        state = state,
        contentPadding = PaddingValues(start = 16.dp, end = 16.dp, top = 16.dp),
        content = content,
    )
}

/** One block of a [ScreenList] page, with the 16 dp gap below it that [ScreenColumn] puts between blocks. */
fun LazyListScope.block(key: Any? = null, content: @Composable () -> Unit) {
    item(key) { Box(Modifier.padding(bottom = 16.dp)) { content() } }
}
