// Picks the page for the core's screen body.
package health.aftercare.ui.screens

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.runtime.Composable
import health.aftercare.core.AppAction
import health.aftercare.core.ScreenBody

/** The page of [body], inside the host's [padding]. */
@Composable
fun ScreenBodyContent(body: ScreenBody, padding: PaddingValues, onAction: (AppAction) -> Unit) {
    when (body) {
        is ScreenBody.FirstRun -> FirstRunPage(body.model, padding, onAction)
        is ScreenBody.Today -> TodayPage(body.model, padding, onAction)
        is ScreenBody.Log -> LogPage(body.model, padding, onAction)
        is ScreenBody.Triage -> TriagePage(body.model, padding, onAction)
        is ScreenBody.Timeline -> TimelinePage(body.model, padding, onAction)
        is ScreenBody.Sessions -> SessionsPage(body.model, padding, onAction)
        is ScreenBody.History -> HistoryPage(body.model, padding, onAction)
        is ScreenBody.Report -> ReportPage(body.model, padding, onAction)
        is ScreenBody.Settings -> SettingsPage(body.model, padding, onAction)
        is ScreenBody.Notice -> NoticePage(body.model, padding, onAction)
    }
}
