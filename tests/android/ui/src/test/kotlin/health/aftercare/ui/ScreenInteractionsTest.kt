// Presses on the drawn screens reach the real core, which answers with the next screen; the
// drawn controls say what they are (headings, roles, states, labels from the model).
package health.aftercare.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isHeading
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.LayoutDirection
import health.aftercare.core.AppAction
import health.aftercare.core.Destination
import health.aftercare.core.FirstRunAction
import health.aftercare.core.FirstRunStep
import health.aftercare.core.LogAction
import health.aftercare.core.ScreenBody
import health.aftercare.core.SessionsAction
import health.aftercare.core.SymptomKind
import health.aftercare.core.TriageAction
import java.time.Duration
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class ScreenInteractionsTest {
    /**
     * Draws [driver]'s screen as the Activity does: every action the UI sends is dispatched to
     * the real core and the screen it answers with is drawn next. Returns the actions sent.
     */
    private fun SkikoComposeUiTest.live(driver: AppDriver, look: Look = Look()): MutableList<AppAction> {
        val sent = mutableListOf<AppAction>()
        var screen by mutableStateOf(driver.screen)
        var serial by mutableStateOf(0L)
        setContent {
            Phone(
                screen,
                look,
                onAction = { action ->
                    sent += action
                    driver.send(action)
                    screen = driver.screen
                    serial++
                },
                message = driver.message,
                messageId = serial,
            )
        }
        return sent
    }

    private fun phone(block: SkikoComposeUiTest.() -> Unit) = runSkikoComposeUiTest(
        size = Size(PHONE_WIDTH_DP * RENDER_DENSITY, PHONE_HEIGHT_DP * RENDER_DENSITY),
        density = Density(RENDER_DENSITY),
        block = block,
    )

    private fun SkikoComposeUiTest.press(label: String) {
        onNode(hasText(label) and hasClick(), useUnmergedTree = false).performScrollTo().performClick()
        waitForIdle()
    }

    private fun hasClick() = SemanticsMatcher.keyIsDefined(androidx.compose.ui.semantics.SemanticsActions.OnClick)

    private fun hasRole(role: Role) = SemanticsMatcher.expectValue(SemanticsProperties.Role, role)

    @Test
    fun `the first run is walked by pressing its own buttons`() = AppDriver().use { d ->
        phone {
            val sent = live(d)
            val title = d.screen.title
            onNode(hasText(title) and isHeading()).assertIsDisplayed()
            press(d.commandFor { it == AppAction.FirstRun(FirstRunAction.Start) }.label)
            assertEquals(FirstRunStep.TREATMENT, (d.screen.body as ScreenBody.FirstRun).model.step)
            // The treatment is a choice: a radio button with its state, chosen by a press.
            val microneedling = d.choices().first { (_, action) -> action == AppAction.FirstRun(FirstRunAction.ChooseProtocol("microneedling")) }.first
            onNode(hasText(microneedling) and hasRole(Role.RadioButton)).performScrollTo().performClick()
            waitForIdle()
            onNode(hasText(microneedling) and hasRole(Role.RadioButton)).assertIsSelected()
            press(d.commandFor { it == AppAction.FirstRun(FirstRunAction.Next) }.label)
            assertEquals(FirstRunStep.WHEN, (d.screen.body as ScreenBody.FirstRun).model.step)
            // Up goes back a step, named for a screen reader by the model.
            val up = checkNotNull(d.screen.up) { "no up on the second step" }
            onNode(hasContentDescription(up.accessibilityLabel) and hasClick()).performClick()
            waitForIdle()
            assertEquals(FirstRunStep.TREATMENT, (d.screen.body as ScreenBody.FirstRun).model.step)
            assertTrue(sent.contains(up.action))
        }
    }

    @Test
    fun `a log form refused shows each field's error, and filled it saves to Today`() = AppDriver().use { d ->
        d.throughFirstRun(ago = Duration.ofHours(30))
        d.send(AppAction.Navigate(Destination.LOG))
        phone {
            live(d)
            press(d.logForm().save.label)
            val refused = d.logForm().symptoms[0]
            val kindError = checkNotNull(refused.kindError) { "no error for the missing kind" }
            onNode(hasText(kindError)).performScrollTo().assertIsDisplayed()
            // Choose the kind and the severity by pressing them.
            val redness = refused.kinds.first { it.action == AppAction.Log(LogAction.SetKind(0u, SymptomKind.REDNESS)) }
            onNode(hasText(redness.label) and hasRole(Role.RadioButton)).performScrollTo().performClick()
            waitForIdle()
            val four = d.logForm().symptoms[0].severity!!.options[4]
            onNode(hasContentDescription(four.accessibilityLabel) and hasRole(Role.RadioButton)).performScrollTo().performClick()
            waitForIdle()
            onNode(hasContentDescription(four.accessibilityLabel) and hasRole(Role.RadioButton)).assertIsSelected()
            assertNull(d.logForm().symptoms[0].kindError)
            press(d.logForm().save.label)
            assertTrue("saved to ${d.screen.body}", d.screen.body is ScreenBody.Today)
            // The core's "Saved." shows as a snackbar.
            val saved = checkNotNull(d.message) { "no message after saving" }.text
            waitUntil(timeoutMillis = 2_000) { onAllNodes(hasText(saved)).fetchSemanticsNodes().isNotEmpty() }
        }
    }

    @Test
    fun `the navigation bar is a row of tabs that move between places`() = AppDriver().use { d ->
        d.throughFirstRun()
        phone {
            val sent = live(d)
            val history = d.screen.navigation.first { it.destination == Destination.HISTORY }
            val today = d.screen.navigation.first { it.destination == Destination.TODAY }
            onNode(hasContentDescription(today.accessibilityLabel) and hasRole(Role.Tab)).assertIsSelected()
            onNode(hasContentDescription(history.accessibilityLabel) and hasRole(Role.Tab)).performClick()
            waitForIdle()
            assertEquals(history.action, sent.last())
            assertTrue(d.screen.body is ScreenBody.History)
            val nowSelected = d.screen.navigation.first { it.destination == Destination.HISTORY }
            onNode(hasContentDescription(nowSelected.accessibilityLabel) and hasRole(Role.Tab)).assertIsSelected()
            onNode(hasText(d.screen.title) and isHeading()).assertIsDisplayed()
        }
    }

    @Test
    fun `deleting a session asks first, and cancelling keeps it`() = AppDriver().use { d ->
        d.throughFirstRun(ago = Duration.ofHours(30))
        d.send(AppAction.Navigate(Destination.SESSIONS))
        phone {
            live(d)
            val delete = d.commandFor { it is AppAction.Sessions && it.action is SessionsAction.Delete }
            onNode(hasContentDescription(delete.accessibilityLabel) and hasClick()).performScrollTo().performClick()
            waitForIdle()
            val dialog = checkNotNull(d.screen.dialog) { "no confirmation before deleting" }
            onNode(hasText(dialog.title)).assertIsDisplayed()
            onNode(hasContentDescription(dialog.cancel.accessibilityLabel) and hasClick()).performClick()
            waitForIdle()
            assertNull(d.screen.dialog)
            assertTrue(d.commands().any { it.action == delete.action })
        }
    }

    @Test
    fun `an urgent entry calls for the provider, and "I contacted" is recorded`() = AppDriver().use { d ->
        d.throughFirstRun(ago = Duration.ofHours(30))
        d.log(SymptomKind.FEVER, 7)
        assertTrue(d.screen.body is ScreenBody.Triage)
        phone {
            live(d)
            val triage = (d.screen.body as ScreenBody.Triage).model
            val verdict = triage.verdict!!
            // The verdict is a heading a screen reader says in the model's words.
            onNode(hasContentDescription(verdict.accessibilityLabel) and isHeading()).assertIsDisplayed()
            val contacted = d.commandFor { it is AppAction.Triage && it.action is TriageAction.Contacted }
            onNode(hasText(contacted.label) and hasClick()).performScrollTo().performClick()
            waitForIdle()
            val after = (d.screen.body as ScreenBody.Triage).model
            assertTrue(after.reasons.first().statusLabel != triage.reasons.first().statusLabel)
            // The new status is drawn (in the reason card, whose words a screen reader hears whole).
            val status = after.reasons.first().statusLabel
            assertTrue(status, onAllNodes(hasText(status, substring = true), useUnmergedTree = true).fetchSemanticsNodes().isNotEmpty())
        }
    }

    @Test
    fun `"All fine today" is drawn beside "How do you feel?" and checks in`() = AppDriver().use { d ->
        d.throughFirstRun(ago = Duration.ofHours(30))
        phone {
            live(d)
            val today = (d.screen.body as ScreenBody.Today).model
            val allFine = checkNotNull(today.allFine) { "no one-tap check-in on Today" }
            onNode(hasText(today.logEntry.label) and hasClick()).assertIsDisplayed()
            onNode(hasContentDescription(allFine.accessibilityLabel) and hasClick()).performScrollTo().performClick()
            waitForIdle()
            val after = (d.screen.body as ScreenBody.Today).model
            assertNull(after.allFine, "today's check-in is done")
            // The answer is the verdict, with a way back.
            assertTrue(checkNotNull(d.message).text.contains(after.verdict!!.levelLabel))
            assertTrue(onAllNodes(hasText(after.verdict!!.headline), useUnmergedTree = true).fetchSemanticsNodes().isNotEmpty())
        }
    }

    @Test
    fun `right to left, the bar's first place is on the right`() = AppDriver().use { d ->
        d.throughFirstRun()
        phone {
            live(d, Look(rtl = true))
            val places = d.screen.navigation
            val first = onNode(hasContentDescription(places.first().accessibilityLabel) and hasRole(Role.Tab)).fetchSemanticsNode()
            val last = onNode(hasContentDescription(places.last().accessibilityLabel) and hasRole(Role.Tab)).fetchSemanticsNode()
            assertTrue(first.boundsInRoot.left > last.boundsInRoot.left)
            assertEquals(LayoutDirection.Rtl, first.layoutInfo.layoutDirection)
        }
    }
}

private fun AppDriver.choices() = choices(screen)

private fun AppDriver.commands() = commands(screen)
