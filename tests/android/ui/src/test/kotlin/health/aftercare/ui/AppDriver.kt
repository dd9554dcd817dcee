// Drives a real AftercareApp (the core through the generated bindings) the way the shell does,
// and reaches every screen and state the UI tests draw.
package health.aftercare.ui

import health.aftercare.core.AftercareApp
import health.aftercare.core.AppAction
import health.aftercare.core.AppConfig
import health.aftercare.core.Command
import health.aftercare.core.Destination
import health.aftercare.core.Effect
import health.aftercare.core.Field
import health.aftercare.core.FirstRunAction
import health.aftercare.core.LogAction
import health.aftercare.core.LogScreen
import health.aftercare.core.Message
import health.aftercare.core.PermissionState
import health.aftercare.core.Screen
import health.aftercare.core.ScreenBody
import health.aftercare.core.SessionTiming
import health.aftercare.core.SymptomKind
import health.aftercare.core.Update
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.ZoneId

/**
 * One patient's app on a temp journal: the real core, "now" moved by the test, the phone's
 * zone fixed. [send] is what the UI's `onAction` does in the shell: dispatch and keep the
 * screen and message the core answers with.
 */
class AppDriver(
    val language: String = "en-GB",
    val dir: Path = Files.createTempDirectory("aftercare-ui"),
    key: ByteArray? = null,
    var now: Instant = START,
) : AutoCloseable {
    val zone: ZoneId = ZoneId.of("Europe/Madrid")
    val app: AftercareApp = AftercareApp.open(config(dir, language, key), now)

    /** The screen the core answered with last. */
    var screen: Screen = app.screen(now, zone.id)
        private set

    /** The last update's message, if any. */
    var message: Message? = null
        private set

    /** Every effect the core asked for, in order (the shell would carry them out). */
    val effects = mutableListOf<Effect>()

    /** Dispatches [action] and keeps what the core answers. */
    fun send(action: AppAction): Update {
        val update = app.dispatch(action, now, zone.id)
        screen = update.screen
        message = update.message
        effects += update.effects
        return update
    }

    /** Draws the screen again (the shell does on resume). */
    fun refresh(): Screen = app.screen(now, zone.id).also { screen = it }

    /** Presses the command labelled [label] anywhere on the screen. */
    fun press(label: String): Update = send(command(label).also { check(it.enabled) { "$label is disabled" } }.action)

    /** The command labelled [label] anywhere in the screen model. */
    fun command(label: String): Command =
        commands(screen).firstOrNull { it.label == label } ?: error("no command '$label' in ${commands(screen).map { it.label }}")

    /** Chooses the option labelled [label] anywhere on the screen. */
    fun choose(label: String): Update {
        val action = choices(screen).firstOrNull { it.first == label }?.second
            ?: error("no choice '$label' in ${choices(screen).map { it.first }}")
        return send(action)
    }

    override fun close() = app.close()

    // --- Ways to reach each state ----------------------------------------------------------

    /**
     * Through the first run to Today with a microneedling session that ended [ago] before now
     * (booked [ago] ahead with [booked]); [reminders]: allowed, refused, or not asked (null).
     */
    fun throughFirstRun(ago: Duration = Duration.ofHours(2), reminders: Boolean? = true, booked: Boolean = false) {
        firstRun(FirstRunAction.Start)
        firstRun(FirstRunAction.ChooseProtocol("microneedling"))
        firstRun(FirstRunAction.Next)
        if (booked) firstRun(FirstRunAction.ChooseTiming(SessionTiming.BOOKED))
        send(AppAction.EditTime(Field.SessionTime, if (booked) now.plus(ago) else now.minus(ago)))
        firstRun(FirstRunAction.Next)
        firstRun(FirstRunAction.Next)
        send(AppAction.EditText(Field.ClinicName, "Clínica Lumen"))
        send(AppAction.EditText(Field.ClinicPhone, "+34 910 123 456"))
        send(AppAction.EditText(Field.ClinicEmail, "hola@clinicalumen.es"))
        firstRun(FirstRunAction.Next)
        when (reminders) {
            true -> {
                firstRun(FirstRunAction.AllowReminders)
                send(AppAction.NotificationPermission(granted = true))
                send(AppAction.PermissionsChecked(PermissionState.GRANTED, PermissionState.GRANTED))
            }
            false -> {
                firstRun(FirstRunAction.AllowReminders)
                send(AppAction.NotificationPermission(granted = false))
            }
            null -> {}
        }
    }

    /** A first-run action, as its command would send it. */
    fun firstRun(action: FirstRunAction): Update = send(AppAction.FirstRun(action))

    /** Logs one symptom of [kind] at [severity], at [at] (default now), through the log form. */
    fun log(kind: SymptomKind, severity: Int, at: Instant? = null, note: String? = null): Update {
        send(AppAction.Navigate(Destination.LOG))
        fill(0, kind, severity, at, note)
        return send(logForm().save.action)
    }

    /**
     * Fills symptom [index] of the open log form with the form's own choices: "Something else"
     * first when [kind] is not among the kinds usual now; for a fever (answered yes or no) a
     * [severity] above 0 is "yes".
     */
    fun fill(index: Int, kind: SymptomKind, severity: Int, at: Instant? = null, note: String? = null) {
        val i = index.toUInt()
        val choose = AppAction.Log(LogAction.SetKind(i, kind))
        if (logForm().symptoms[index].kinds.none { it.action == choose }) {
            send(checkNotNull(logForm().symptoms[index].moreKinds) { "no \"Something else\"" }.action)
        }
        send(logForm().symptoms[index].kinds.first { it.action == choose }.action)
        val form = logForm().symptoms[index]
        val picker = form.severity
        if (picker != null) {
            send(picker.options[severity].action)
        } else {
            val fever = checkNotNull(form.fever) { "neither a severity nor a yes/no" }
            send(fever.answers[if (severity > 0) 0 else 1].action)
        }
        if (at != null) send(AppAction.EditTime(Field.SymptomTime(i), at))
        if (note != null) send(AppAction.EditText(Field.SymptomNote(i), note))
    }

    /** The first command on screen whose action matches [which]. */
    fun commandFor(which: (AppAction) -> Boolean): Command =
        commands(screen).firstOrNull { which(it.action) } ?: error("no such command in ${commands(screen).map { it.label }}")

    /** The log form on screen. */
    fun logForm(): LogScreen = (screen.body as ScreenBody.Log).model

    companion object {
        /** A Saturday morning in Madrid. */
        val START: Instant = Instant.parse("2026-11-21T09:00:00Z")

        fun config(dir: Path, language: String, key: ByteArray?) = AppConfig(
            journalPath = dir.resolve("journal.db").toString(),
            key = key,
            shareDir = dir.resolve("share").toString(),
            language = language,
        )
    }
}

/** Every command a screen model holds, wherever it sits. */
fun commands(screen: Screen): List<Command> {
    val found = mutableListOf<Command>()
    screen.up?.let { found += it }
    screen.dialog?.let { found += it.confirm; found += it.cancel }
    walk(screen.body) { if (it is Command) found += it }
    return found
}

/** Every choice (label and action) a screen model holds. */
fun choices(screen: Screen): List<Pair<String, AppAction>> {
    val found = mutableListOf<Pair<String, AppAction>>()
    walk(screen.body) { if (it is health.aftercare.core.Choice) found += it.label to it.action }
    return found
}

/**
 * Visits every record inside a model (the generated types are Kotlin data classes): commands
 * in items in sections, choices in forms. Reflection keeps this independent of each screen's
 * fields, so a new field is visited without a change here.
 */
fun walk(value: Any?, visit: (Any) -> Unit) {
    when (value) {
        null, is String, is Number, is Boolean, is Enum<*>, is Instant, is UInt, is UByte, is ULong -> return
        is List<*> -> value.forEach { walk(it, visit) }
        is AppAction, is Field -> visit(value)
        else -> {
            visit(value)
            if (!value.javaClass.name.startsWith("health.aftercare.core.")) return
            for (method in value.javaClass.methods) {
                if (method.parameterCount == 0 && method.name.startsWith("get") && method.name != "getClass" &&
                    method.declaringClass.name.startsWith("health.aftercare.core.")
                ) {
                    walk(method.invoke(value), visit)
                }
            }
        }
    }
}
