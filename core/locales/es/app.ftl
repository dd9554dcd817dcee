# Textos de la app: etapas, horas, hitos, niveles y las palabras que muestran la línea de comandos y las interfaces.

disclaimer = Aftercare te acompaña, pero no es un médico. Las indicaciones de tu profesional van primero. Si algo te preocupa, contacta a tu profesional; en caso de emergencia, llama a los servicios de emergencia.

## Etapas

phase-first_hours = Las primeras horas
    .detail = Tu piel acaba de recibir el tratamiento. El enrojecimiento, el calor y la tirantez son normales.
phase-day_1 = El resto del día 1
    .detail = Trata tu piel con suavidad y deja que se calme.
phase-day_2 = Día 2
    .detail = El enrojecimiento y la hinchazón suelen ir bajando.
phase-week_1 = Días 3 a 7
    .detail = Es común tener algo de resequedad y una descamación ligera mientras tu piel se renueva.
phase-until_next_session = Después de la primera semana
    .detail = El colágeno sigue formándose durante semanas. Sigue usando protector solar todos los días.

## Duraciones

duration-days-hours = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }{ $hours ->
        [0] {""}
       *[other] {" "}{ $hours } h
    }
duration-hours-minutes = { $hours } h{ $minutes ->
        [0] {""}
       *[other] {" "}{ $minutes } min
    }
duration-minutes = { $minutes } min

## Estado

status-before-session = Tu plan de recuperación empieza cuando termine tu sesión ({ $when }).
status-day = Día { $day } de tu recuperación
status-after-plan = Tu plan de recuperación para esta sesión ha terminado.
status-time-left = tiempo restante: { $left }
status-allowed-again = permitido de nuevo el { $when }
status-due-at = a las { $time }
status-nothing-restricted = Ahora mismo no hay nada que debas evitar.

## Hitos

milestone-phase-begins = Comienza una nueva etapa: { $phase }
milestone-restriction-lifts = { $lifted }
milestone-symptom-window-ends = A estas alturas suele haber pasado: { $title }
milestone-routine-due = { $title }
milestone-daily-routine-starts = A partir de hoy, cada { $slot ->
        [morning] mañana
       *[evening] noche
    }: { $title }
milestone-preparation-starts = Antes de tu próxima sesión: { $title }
milestone-next-session-earliest = A partir de hoy ya puedes reservar tu próxima sesión
milestone-next-session-recommended = Empieza el periodo recomendado para tu próxima sesión
milestone-next-session-latest = Intenta que tu próxima sesión sea hoy como muy tarde
milestone-next-session = Tu próxima sesión
milestone-maintenance-due = Es momento de una sesión de mantenimiento

## Preparación y serie

preparation-from = A partir del { $date }
preparation-on-the-day = El día de la sesión ({ $date })
series-progress = Sesión { $done } de { $total }
series-complete = Has completado tu serie de { $total } sesiones
series-next-window = Próxima sesión: idealmente entre el { $from } y el { $until } (no antes del { $earliest }, no después del { $latest })
series-maintenance = Sesión de mantenimiento prevista hacia el { $date }

## Niveles y señales de alerta

level-urgent = Contacta a tu profesional ahora
level-contact_provider = Contacta a tu profesional

## Recordatorios

reminder-lock-title = Aftercare
reminder-lock-preparation = Un paso para preparar tu cita
reminder-lock-lifted = Novedades sobre tu plan
reminder-lock-booking = Es momento de reservar tu próxima cita
reminder-lock-maintenance = Es momento de reservar una cita de seguimiento
reminder-lock-check_in = Es hora de tu revisión diaria
reminder-lock-care = Tienes un recordatorio
reminder-lock-spf = Tu recordatorio de la mañana
reminder-lifted-title = Ya está permitido
reminder-preparation-body = Tu sesión es el { $date }.
reminder-booking-title = Es momento de reservar tu próxima sesión
reminder-booking-body = Tu piel está lista para la siguiente sesión de tu serie. Lo recomendable es entre el { $from } y el { $until }.
reminder-maintenance-title = Es momento de una sesión de mantenimiento
reminder-maintenance-body = Una sesión de mantenimiento ayuda a que los resultados duren. Contacta a tu clínica para reservarla.
reminder-watch-title = Revisión: ¿cómo se ve tu piel ahora?
reminder-watch-body = Anotaste algo que tu profesional podría querer saber. Anota cómo se ve hoy.
reminder-action-done = Hecho
reminder-action-snooze = Posponer
reminder-action-log = Anotar síntomas

## Línea de comandos

cli-protocols-heading = Protocolos incluidos e importados
cli-session = Sesión
cli-ended = Terminó
cli-zone = Zona horaria
cli-now = Ahora
cli-phase = Etapa
cli-timeline = Línea de tiempo
cli-phases = Lo que es normal, etapa por etapa
cli-normal = Normal
cli-avoid = Evitar
cli-avoid-until = Evita por ahora
cli-lifted = Permitido de nuevo
cli-due-today = Para hoy
cli-expected-now = Normal ahora mismo
cli-how-skin-feels = Cómo puede sentirse tu piel
cli-no-longer-expected = Ya debería haberse calmado
cli-expected-later = Puede aparecer más adelante
cli-watch-for = Contacta a tu profesional si notas
cli-next = Lo próximo
cli-preparation = Antes de tu próxima sesión
cli-series = Tu serie
cli-sources = Fuentes
cli-demo-intro = Demostración: una sesión de { $protocol } que terminó ayer a las { $time }.
cli-protocol-ok = { $id } v{ $version } es válido: { $rules } reglas.
cli-reminders = Próximos recordatorios
cli-refresh-at = Vuelve a consultar antes del { $when }.
