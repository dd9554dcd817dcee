# El vistazo: lo que muestran los widgets de la pantalla de inicio y de bloqueo
# (core/docs/glance.md). Argumentos: $day es today, tomorrow o later (en el calendario local
# del paciente en el momento del vistazo), $time "10:00", $date "sáb 28 nov", $hour la hora
# (la 01:00, las 10:00). Los mensajes *-discreet son para el ajuste discreto de la pantalla de
# bloqueo: ni una palabra sobre tratamientos, síntomas, restricciones o productos.

## Lo que vuelve a estar permitido, en pocas palabras ("Maquillaje a partir de las 10:00")

glance-topic-makeup = Maquillaje
glance-topic-exercise = Ejercicio intenso
glance-topic-heat_and_water = Piscina y sauna
glance-topic-sun = Sol directo
glance-topic-sun_protection = Protector solar
glance-topic-actives = Retinoides, ácidos y vitamina C
glance-topic-skincare = Tus productos habituales
glance-topic-cleansing = Lavar la zona
glance-topic-medication = Medicamentos
glance-topic-hair_removal = Depilación
glance-topic-hydration = Hidratación
glance-topic-skin_check = Revisión de la piel
glance-topic-device_hygiene = Tu dispositivo
glance-topic-check_in = Revisión diaria
glance-topic-other = Lo que estaba en pausa

## Titulares

glance-empty = Todavía no hay nada que mostrar
glance-empty-discreet = Toca para configurar Aftercare
glance-unavailable = Toca para abrir Aftercare
glance-stale = Toca para actualizar Aftercare
glance-day-discreet = Tu plan, día { $day }
glance-after-plan-discreet = Plan completado
glance-before-discreet = Tu plan desde { $when }
glance-booked = { $day ->
    [today] Tu sesión es hoy a { $hour ->
        [1] la
       *[other] las
    } { $time }
    [tomorrow] Tu sesión es mañana a { $hour ->
        [1] la
       *[other] las
    } { $time }
   *[later] Tu sesión es el { $date } a { $hour ->
        [1] la
       *[other] las
    } { $time }
}
glance-appointment-discreet = { $day ->
    [today] Cita { $time }
    [tomorrow] Cita mañana, { $time }
   *[later] Cita { $date }, { $time }
}

## Lo que dice el registro, con discreción (la forma completa es la etiqueta del nivel)

glance-attention-discreet-watch = Una nota para ti de Aftercare
glance-attention-discreet-contact_provider = Aftercare necesita tu atención hoy
glance-attention-discreet-urgent = Aftercare necesita tu atención ahora mismo
# Una emergencia dice qué hacer también con el teléfono bloqueado: llamar no nombra ningún
# tratamiento, síntoma ni producto, y puede haber solo unos segundos para leerlo.
glance-attention-discreet-emergency = Aftercare: llama ahora a emergencias

## Líneas

glance-lift = { $day ->
    [today] { $what } a partir de { $hour ->
        [1] la
       *[other] las
    } { $time }
    [tomorrow] { $what } a partir de mañana a { $hour ->
        [1] la
       *[other] las
    } { $time }
   *[later] { $what } a partir del { $date } a { $hour ->
        [1] la
       *[other] las
    } { $time }
}
glance-lift-discreet = { $day ->
    [today] Novedad de tu plan, { $time }
    [tomorrow] Novedad de tu plan, mañana, { $time }
   *[later] Novedad de tu plan, { $date }, { $time }
}
glance-reminder = { $day ->
    [today] { $what } a { $hour ->
        [1] la
       *[other] las
    } { $time }
    [tomorrow] { $what } mañana a { $hour ->
        [1] la
       *[other] las
    } { $time }
   *[later] { $what } el { $date } a { $hour ->
        [1] la
       *[other] las
    } { $time }
}
glance-reminder-due = Pendiente: { $what }
glance-reminder-discreet = { $day ->
    [today] Recordatorio { $time }
    [tomorrow] Recordatorio mañana, { $time }
   *[later] Recordatorio { $date }, { $time }
}
glance-reminder-due-discreet = Recordatorio pendiente
glance-reminder-preparation = Paso de preparación
glance-reminder-lifted = Ya está permitido
glance-reminder-booking = Reservar tu próxima sesión
glance-reminder-maintenance = Reservar una sesión de mantenimiento
glance-reminder-check_in = Revisión diaria
glance-reminder-spf = Protector solar
glance-next-session = { $day ->
    [today] Próxima sesión hoy a { $hour ->
        [1] la
       *[other] las
    } { $time }
    [tomorrow] Próxima sesión mañana a { $hour ->
        [1] la
       *[other] las
    } { $time }
   *[later] Próxima sesión el { $date } a { $hour ->
        [1] la
       *[other] las
    } { $time }
}
glance-window-opens = { $day ->
    [today] Próxima sesión a partir de hoy
    [tomorrow] Próxima sesión a partir de mañana
   *[later] Próxima sesión a partir del { $date }
}
glance-window-opens-discreet = { $day ->
    [today] Próxima cita desde hoy
    [tomorrow] Próxima cita desde mañana
   *[later] Próxima cita desde { $date }
}
glance-window-closes = { $day ->
    [today] Reserva tu próxima sesión hoy
    [tomorrow] Reserva tu próxima sesión, como muy tarde mañana
   *[later] Reserva tu próxima sesión, como muy tarde el { $date }
}
glance-window-closes-discreet = { $day ->
    [today] Reserva tu próxima cita hoy
    [tomorrow] Reserva tu próxima cita hasta mañana
   *[later] Reserva tu próxima cita hasta { $date }
}
glance-maintenance = { $day ->
    [today] Sesión de mantenimiento a partir de hoy
    [tomorrow] Sesión de mantenimiento a partir de mañana
   *[later] Sesión de mantenimiento a partir del { $date }
}
glance-maintenance-discreet = { $day ->
    [today] Cita de seguimiento desde hoy
    [tomorrow] Cita de seguimiento desde mañana
   *[later] Cita de seguimiento desde { $date }
}
glance-maintenance-due = Es momento de una sesión de mantenimiento
glance-maintenance-due-discreet = Es momento de reservar una cita de seguimiento
glance-step = { $state ->
    [now] Ahora: { $step }
    [on-the-day] El día de la sesión: { $step }
   *[ahead] { $day ->
        [today] Desde { $hour ->
            [1] la
           *[other] las
        } { $time }: { $step }
        [tomorrow] Desde mañana: { $step }
       *[later] Desde el { $date }: { $step }
    }
}
glance-step-discreet = { $state ->
    [ahead] { $day ->
        [today] Un paso para preparar, desde { $time }
        [tomorrow] Un paso para preparar, desde mañana
       *[later] Un paso para preparar, desde { $date }
    }
   *[other] Un paso para preparar
}
