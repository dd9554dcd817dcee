// The app's manifest and FileProvider paths agree with the platform code they route to.
package health.aftercare.platform

import android.Manifest
import javax.xml.parsers.DocumentBuilderFactory
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.w3c.dom.Document
import org.w3c.dom.Element

/** Plain XML checks (no Android build here to merge the manifest); no Robolectric needed. */
class ManifestTest {
    private val androidNs = "http://schemas.android.com/apk/res/android"

    private fun read(path: String): Document {
        val stream = checkNotNull(javaClass.classLoader.getResourceAsStream(path)) { "missing $path" }
        return DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }
            .newDocumentBuilder().parse(stream)
    }

    private fun Element.children(tag: String): List<Element> {
        val nodes = getElementsByTagName(tag)
        return (0 until nodes.length).map { nodes.item(it) as Element }
    }

    private fun Element.attr(name: String): String = getAttributeNS(androidNs, name)

    private val manifest = read("app/AndroidManifest.xml").documentElement

    private fun receiver(type: Class<*>): Element =
        manifest.children("receiver").single { it.attr("name") == type.name }

    @Test
    fun `every receiver is declared under its class name and not exported`() {
        for (type in listOf(ReminderAlarmReceiver::class.java, ReminderDoneReceiver::class.java, ResyncReceiver::class.java)) {
            assertEquals("false", receiver(type).attr("exported"))
        }
    }

    @Test
    fun `the resync receiver hears exactly the broadcasts it handles`() {
        val actions = receiver(ResyncReceiver::class.java).children("action").map { it.attr("name") }.toSet()
        assertEquals(ResyncReceiver.SYSTEM_ACTIONS, actions)
    }

    @Test
    fun `the permissions reminders need are requested`() {
        val permissions = manifest.children("uses-permission").map { it.attr("name") }.toSet()
        assertTrue(
            permissions.containsAll(
                setOf(
                    Manifest.permission.POST_NOTIFICATIONS,
                    Manifest.permission.RECEIVE_BOOT_COMPLETED,
                    Manifest.permission.SCHEDULE_EXACT_ALARM,
                )
            )
        )
        // Never asked: placing calls ourselves, or the alarm-clock-only exact alarm permission.
        assertTrue(Manifest.permission.CALL_PHONE !in permissions)
        assertTrue(Manifest.permission.USE_EXACT_ALARM !in permissions)
    }

    @Test
    fun `the file provider serves exactly the folder shared files are written to`() {
        val provider = manifest.children("provider").single()
        assertEquals("androidx.core.content.FileProvider", provider.attr("name"))
        assertEquals("false", provider.attr("exported"))
        assertEquals("true", provider.attr("grantUriPermissions"))
        val paths = provider.children("meta-data").single().attr("resource")
        assertEquals("@xml/shared_files", paths)
        val entries = read("app/res/xml/shared_files.xml").documentElement.children("*")
        assertEquals(1, entries.size)
        assertEquals("cache-path", entries.single().tagName)
        assertEquals(SharedFiles.DIRECTORY + "/", entries.single().getAttribute("path"))
    }

    @Test
    fun `the glance widget is declared with its provider info and its own layout`() {
        val widget = manifest.children("receiver").single { it.attr("name") == ".GlanceWidgetProvider" }
        assertEquals("false", widget.attr("exported"))
        val actions = widget.children("action").map { it.attr("name") }.toSet()
        assertEquals(
            setOf("android.appwidget.action.APPWIDGET_UPDATE", "android.intent.action.TIME_SET", "android.intent.action.TIMEZONE_CHANGED"),
            actions,
        )
        val meta = widget.children("meta-data").single()
        assertEquals("android.appwidget.provider", meta.attr("name"))
        assertEquals("@xml/glance_widget_info", meta.attr("resource"))
        val info = read("app/res/xml/glance_widget_info.xml").documentElement
        assertEquals("appwidget-provider", info.tagName)
        assertEquals("@layout/glance_widget", info.attr("initialLayout"))
        // No periodic wake-ups: the app redraws it at each change of the core's timeline.
        assertEquals("0", info.attr("updatePeriodMillis"))
    }

    @Test
    fun `deep links are the app's own and reach the one activity`() {
        val activity = manifest.children("activity").single()
        assertEquals("singleTop", activity.attr("launchMode"))
        val schemes = activity.children("data").map { it.attr("scheme") }
        assertEquals(listOf("aftercare"), schemes)
        assertTrue(activity.children("category").none { it.attr("name") == "android.intent.category.BROWSABLE" })
    }
}
