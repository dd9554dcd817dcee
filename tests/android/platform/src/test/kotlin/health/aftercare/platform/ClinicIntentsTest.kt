// The dialer and e-mail intents, including numbers and addresses a patient might type.
package health.aftercare.platform

import android.content.Intent
import android.net.Uri
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import org.robolectric.Shadows.shadowOf

class ClinicIntentsTest : ShellTest() {
    @Test
    fun `the dialer opens with the number, never calling by itself`() {
        for (phone in listOf("+49 30 1234567", "(030) 123-4567", "0301234567#22", " +1 555 0100 ")) {
            val intent = ClinicIntents.dial(phone)!!
            assertEquals(Intent.ACTION_DIAL, intent.action)
            assertEquals("tel", intent.data!!.scheme)
            // Whatever the characters, the dialer gets them back exactly (trimmed).
            assertEquals(phone.trim(), intent.data!!.schemeSpecificPart)
            assertEquals(phone.trim(), Uri.parse(intent.dataString).schemeSpecificPart)
        }
        assertNull(ClinicIntents.dial("call the clinic"))
        assertNull(ClinicIntents.dial(""))
    }

    @Test
    fun `the mail draft goes to the clinic's address with the core's subject`() {
        val intent = ClinicIntents.email(" clinic@example.org ", "Aftercare: question")
        assertEquals(Intent.ACTION_SENDTO, intent.action)
        assertEquals("mailto:", intent.dataString)
        assertEquals(listOf("clinic@example.org"), intent.getStringArrayExtra(Intent.EXTRA_EMAIL)!!.toList())
        assertEquals("Aftercare: question", intent.getStringExtra(Intent.EXTRA_SUBJECT))
        assertNull(ClinicIntents.email("a@b.c", null).getStringExtra(Intent.EXTRA_SUBJECT))
        // A typed address cannot add headers: it is never parsed as part of a URI.
        val odd = ClinicIntents.email("x@y.z?bcc=other@evil.example", null)
        assertEquals("mailto:", odd.dataString)
        assertEquals(listOf("x@y.z?bcc=other@evil.example"), odd.getStringArrayExtra(Intent.EXTRA_EMAIL)!!.toList())
    }

    @Test
    fun `no app to handle it is an answer, not a crash`() {
        shadowOf(app).checkActivities(true)
        assertEquals(Launch.NO_APP, ExternalApps.start(app, ClinicIntents.dial("+49 30 1234567")!!))
        shadowOf(app).checkActivities(false)
        assertEquals(Launch.STARTED, ExternalApps.start(app, ClinicIntents.email("clinic@example.org", null)))
        val started = shadowOf(app).nextStartedActivity
        assertEquals(Intent.ACTION_SENDTO, started.action)
        // Started from the Application, so it needs a task of its own.
        assertEquals(Intent.FLAG_ACTIVITY_NEW_TASK, started.flags and Intent.FLAG_ACTIVITY_NEW_TASK)
    }

    @Test
    fun `the settings screens for notifications and exact alarms are this app's`() {
        val access = NotificationAccess(app)
        val notifications = access.notificationSettings()
        assertEquals(android.provider.Settings.ACTION_APP_NOTIFICATION_SETTINGS, notifications.action)
        assertEquals(app.packageName, notifications.getStringExtra(android.provider.Settings.EXTRA_APP_PACKAGE))
        val exact = access.exactAlarmSettings()!!
        assertEquals(android.provider.Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, exact.action)
        assertEquals("package:${app.packageName}", exact.dataString)
    }
}
