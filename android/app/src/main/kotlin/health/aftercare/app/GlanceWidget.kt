// The home-screen widget: the core's glance drawn from the file the app keeps, redrawn at each change.
package health.aftercare.app

import android.app.AlarmManager
import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.appwidget.AppWidgetProvider
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.content.res.Configuration
import android.net.Uri
import android.os.Build
import android.util.Log
import android.view.View
import android.widget.RemoteViews
import androidx.compose.ui.graphics.toArgb
import health.aftercare.core.GlanceTimeline
import health.aftercare.core.Tone
import health.aftercare.platform.GlanceFile
import health.aftercare.platform.GlanceShown
import health.aftercare.ui.theme.AftercareColors
import java.io.File
import java.time.Duration
import java.time.Instant

/**
 * *At a glance* on the home screen (`core/docs/glance.md`): the headline, the log's verdict in
 * its tone and words when it calls for attention (alone when it takes over), and up to three
 * lines, each opening its own deep link in [MainActivity]; every word, time and link is the
 * core's. It reads [GlanceFile], never the journal, and is redrawn when the app keeps a new
 * timeline (`Effect.UpdateGlance`), at the timeline's next change (an RTC alarm, delivered
 * when the phone is next awake, which is when a home screen can be seen), and at the system's
 * own update. Once the timeline's `refreshAt` has passed, or the clock or zone changed, it asks
 * the core for the next week, as the iPhone's background refresh does.
 */
class GlanceWidgetProvider : AppWidgetProvider() {
    override fun onUpdate(context: Context, manager: AppWidgetManager, ids: IntArray) {
        GlanceWidgets.redraw(context, this, refresh = false)
    }

    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            GlanceWidgets.ACTION_REDRAW -> GlanceWidgets.redraw(context, this, refresh = false)
            // Every time in the words is the patient's local time, and "today" moves with it.
            Intent.ACTION_TIME_CHANGED, Intent.ACTION_TIMEZONE_CHANGED -> GlanceWidgets.redraw(context, this, refresh = true)
            else -> super.onReceive(context, intent)
        }
    }

    override fun onDisabled(context: Context) {
        GlanceWidgets.cancelRedraw(context)
    }
}

/** Keeps the core's glance for the widget and draws it. */
object GlanceWidgets {
    /** The redraw alarm's action. */
    const val ACTION_REDRAW = "health.aftercare.app.action.REDRAW_GLANCE"

    private const val TAG = "AftercareGlance"

    /** How far ahead the widget asks for itself (the app hands over the same week). */
    private val AHEAD = Duration.ofDays(7)

    /** Redraws may come up to a minute late, so Android can batch them with other work. */
    private const val WINDOW_MILLIS = 60_000L

    private val LINES = intArrayOf(R.id.glance_line1, R.id.glance_line2, R.id.glance_line3)

    private fun file(context: Context) = GlanceFile(File(context.noBackupFilesDir, GlanceFile.FILE_NAME))

    /** Keeps the core's new [timeline] and redraws the widgets if it says something new; on the core thread. */
    fun update(app: AftercareApplication, timeline: GlanceTimeline) {
        if (file(app).write(timeline)) draw(app)
    }

    /**
     * Redraws the widgets on the core thread (asking the core first when the timeline is due or
     * [refresh] is set), keeping [receiver]'s broadcast alive until done.
     */
    fun redraw(context: Context, receiver: AppWidgetProvider, refresh: Boolean) {
        val pending = receiver.goAsync()
        val app = context.applicationContext as AftercareApplication
        app.coreThread.execute {
            try {
                val now = Instant.now()
                val kept = file(app)
                // Only with a widget on the home screen and a timeline kept: a widget added
                // before the first run does not create a journal.
                if (widgetIds(app).isNotEmpty() && kept.read() != null && (refresh || kept.at(now).refreshDue)) {
                    kept.write(app.core.glanceTimeline(now, app.zone().id, now.plus(AHEAD)))
                }
                draw(app)
            } catch (e: Exception) {
                // Typed and free of health data; the widget keeps what it drew last.
                Log.w(TAG, "glance not redrawn: ${e.javaClass.simpleName}")
            } finally {
                pending.finish()
            }
        }
    }

    /** Stops the redraw alarm (no widget left). */
    fun cancelRedraw(context: Context) {
        context.getSystemService(AlarmManager::class.java)?.cancel(redrawIntent(context))
    }

    private fun widgetIds(context: Context): IntArray =
        AppWidgetManager.getInstance(context).getAppWidgetIds(ComponentName(context, GlanceWidgetProvider::class.java))

    private fun draw(context: Context) {
        val ids = widgetIds(context)
        if (ids.isEmpty()) {
            cancelRedraw(context)
            return
        }
        val moment = file(context).at(Instant.now())
        AppWidgetManager.getInstance(context).updateAppWidget(ids, views(context, moment.shown))
        val next = moment.nextChange
        if (next == null) {
            cancelRedraw(context)
        } else {
            context.getSystemService(AlarmManager::class.java)
                ?.setWindow(AlarmManager.RTC, next.toEpochMilli(), WINDOW_MILLIS, redrawIntent(context))
        }
    }

    private fun views(context: Context, shown: GlanceShown): RemoteViews {
        val views = RemoteViews(context.packageName, R.layout.glance_widget)
        views.setViewVisibility(R.id.glance_attention, View.GONE)
        LINES.forEach { views.setViewVisibility(it, View.GONE) }
        when (shown) {
            is GlanceShown.Shown -> {
                val glance = shown.glance
                val attention = glance.attention
                if (attention != null) {
                    views.setViewVisibility(R.id.glance_attention, View.VISIBLE)
                    views.setTextViewText(R.id.glance_attention, attention.label)
                    tone(context, views, attention.tone)
                }
                // An attention that takes over is shown alone (the core gives it no lines).
                val alone = attention?.takesOver == true
                views.setViewVisibility(R.id.glance_headline, if (alone) View.GONE else View.VISIBLE)
                views.setTextViewText(R.id.glance_headline, glance.headline)
                if (!alone) {
                    glance.lines.zip(LINES.toList()).forEachIndexed { index, (line, id) ->
                        views.setViewVisibility(id, View.VISIBLE)
                        views.setTextViewText(id, line.text)
                        views.setOnClickPendingIntent(id, open(context, line.link, index + 1))
                    }
                }
                views.setOnClickPendingIntent(R.id.glance_root, open(context, glance.link, 0))
                views.setContentDescription(R.id.glance_root, glance.accessibilityLabel)
            }
            is GlanceShown.Stale -> {
                views.setTextViewText(R.id.glance_headline, shown.text)
                views.setOnClickPendingIntent(R.id.glance_root, open(context, shown.link, 0))
            }
            GlanceShown.Placeholder -> {
                views.setTextViewText(R.id.glance_headline, context.getString(R.string.app_name))
                views.setOnClickPendingIntent(R.id.glance_root, open(context, GlanceFile.PLACEHOLDER_LINK, 0))
            }
        }
        return views
    }

    /** The attention card in its tone's colours (the app's palette), light and dark. */
    private fun tone(context: Context, views: RemoteViews, tone: Tone) {
        val light = AftercareColors.lightTones[tone]
        val dark = AftercareColors.darkTones[tone]
        val id = R.id.glance_attention
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            // The launcher picks the pair's colour for its own light or dark mode.
            views.setColorInt(id, "setBackgroundColor", light.container.toArgb(), dark.container.toArgb())
            views.setColorInt(id, "setTextColor", light.onContainer.toArgb(), dark.onContainer.toArgb())
        } else {
            val night = context.resources.configuration.uiMode and Configuration.UI_MODE_NIGHT_MASK == Configuration.UI_MODE_NIGHT_YES
            val colors = if (night) dark else light
            views.setInt(id, "setBackgroundColor", colors.container.toArgb())
            views.setTextColor(id, colors.onContainer.toArgb())
        }
    }

    /** Opens [link] (`aftercare://…`) in the app, as a notification's tap does. */
    private fun open(context: Context, link: String, slot: Int): PendingIntent =
        PendingIntent.getActivity(
            context,
            REQUEST_OPEN + slot,
            Intent(Intent.ACTION_VIEW, Uri.parse(link), context, MainActivity::class.java)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )

    private fun redrawIntent(context: Context): PendingIntent =
        PendingIntent.getBroadcast(
            context,
            0,
            Intent(context, GlanceWidgetProvider::class.java).setAction(ACTION_REDRAW),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )

    /** Request codes of the widget's taps: the whole widget, then each line. */
    private const val REQUEST_OPEN = 0x61C0
}
