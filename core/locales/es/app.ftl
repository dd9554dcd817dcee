# Textos de la app: etapas, horas, hitos, niveles y las palabras que muestran la línea de comandos y las interfaces.

disclaimer = Aftercare te acompaña, pero no es un médico. { $who ->
        [professional] Lo que te indique un profesional sanitario va primero. Si algo te preocupa, consulta con uno
       *[provider] Las indicaciones de tu profesional van primero. Si algo te preocupa, contacta con tu profesional
    }; en caso de emergencia, llama a los servicios de emergencias.

## A quién acudir: el profesional que hizo el tratamiento o, tras un tratamiento en casa, un
## profesional sanitario ($who = professional). Se usan dentro de otros mensajes.

who-contact-now = { $who ->
        [professional] Contacta ahora con un profesional sanitario
       *[provider] Contacta ahora con tu profesional
    }
who-contact-now-lower = { $who ->
        [professional] contacta ahora con un profesional sanitario
       *[provider] contacta ahora con tu profesional
    }
who-tell-today = { $who ->
        [professional] Consulta hoy con un profesional sanitario
       *[provider] Avisa hoy a tu profesional
    }
who-your-provider = { $who ->
        [professional] un profesional sanitario
       *[provider] tu profesional
    }

## Etapas

phase-first_hours = Las primeras horas
    .detail = Tu piel acaba de recibir el tratamiento. El enrojecimiento, el calor y la tirantez son normales.
phase-day_1 = El resto del día 1
    .detail = Trata tu piel con suavidad y deja que se calme.
phase-day_2 = Día 2
    .detail = El enrojecimiento y la hinchazón suelen ir bajando.
phase-week_1 = Días 3 a 7
    .detail = Es común tener algo de sequedad y una descamación ligera mientras tu piel se renueva.
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
status-time-left = Tiempo restante: { $left }
status-allowed-again = permitido de nuevo el { $when }
status-due-at = a las { $time }
status-nothing-restricted = Ahora mismo no hay nada que debas evitar.

## Hitos

milestone-phase-begins = Comienza una nueva etapa: { $phase_inline }
milestone-restriction-lifts = { $lifted }
milestone-symptom-window-ends = Suele remitir hacia este día: { $title_inline }
milestone-routine-due = { $title }
milestone-daily-routine-starts = { $title } (a partir de este día, cada { $slot ->
        [morning] mañana
       *[evening] tarde
    })
milestone-preparation-starts = Antes de tu próxima sesión: { $title_inline }
milestone-next-session-earliest = El primer día posible para tu próxima sesión
milestone-next-session-recommended = Empieza el periodo recomendado para tu próxima sesión
milestone-next-session-latest = El último día recomendado para tu próxima sesión
milestone-next-session = Tu próxima sesión
milestone-maintenance-due = Es momento de una sesión de mantenimiento

## Preparación y serie

preparation-from = A partir del { $date }
preparation-since = Desde el { $date }
preparation-on-the-day = El día de la sesión ({ $date })
series-progress = Sesión { $done } de { $total }
series-complete = Has completado tu serie de { $total } sesiones
series-next-window = Próxima sesión: idealmente entre el { $from } y el { $until } (no antes del { $earliest }, no después del { $latest })
series-next-window-from-earliest = Próxima sesión: idealmente entre el { $from } y el { $until }, no después del { $latest }
series-maintenance = Sesión de mantenimiento prevista hacia el { $date }

## Niveles y señales de alarma

level-emergency = Llama ahora a emergencias
level-urgent = { who-contact-now }
level-contact_provider = { $who ->
        [professional] Consulta con un profesional sanitario
       *[provider] Contacta con tu profesional
    }

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
reminder-maintenance-body = Una sesión de mantenimiento ayuda a que los resultados duren. Pide cita en tu clínica.
reminder-watch-title = Revisión: ¿qué aspecto tiene tu piel ahora?
reminder-watch-body = Has anotado algo que { who-your-provider } querría saber. Anota qué aspecto tiene hoy.
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
cli-lifted = Ya está permitido
cli-due-today = Para hoy
cli-expected-now = Normal ahora mismo
cli-how-skin-feels = Cómo puedes notar la piel
cli-no-longer-expected = Ya debería haber pasado
cli-expected-later = Puede aparecer más adelante
cli-watch-for = { $who ->
        [professional] Pide ayuda a un profesional sanitario si notas
       *[provider] Contacta con tu profesional si notas
    }
cli-next = Lo próximo
cli-preparation = Antes de tu próxima sesión
cli-series = Tu serie
cli-sources = Fuentes
cli-demo-intro = Demostración: una sesión de { $protocol } que terminó ayer a las { $time }.
cli-protocol-ok = { $id } v{ $version } es válido: { $rules } reglas.
cli-reminders = Próximos recordatorios
cli-refresh-at = Vuelve a consultar antes del { $when }.

## Triaje

triage-headline-normal = Todo lo que has anotado parece parte de una recuperación normal.
triage-headline-normal-nothing-logged = Todavía no has anotado nada. Anota una vez al día cómo notas la piel.
triage-headline-watch = Vigila esto de cerca
triage-headline-contact_provider = { $who ->
        [professional] Consulta hoy con un profesional sanitario
       *[provider] Contacta hoy con tu profesional
    }
triage-headline-urgent = { who-contact-now }
triage-headline-emergency = Llama ahora a emergencias: { $number }
triage-advice-normal = Sigue con tu plan de cuidados.
triage-advice-watch = Sigue anotando una vez al día. Si empeora, contacta con { who-your-provider }.
triage-advice-contact_provider = { $who ->
        [professional] Tu médico o tu farmacéutico pueden revisarlo hoy.
       *[provider] Avisa hoy a tu profesional; si tu clínica está cerrada, llama en cuanto abra.
    } Si empeora antes, pide ayuda enseguida.
triage-advice-urgent = { $who ->
        [professional] Llama a tu médico o ve ahora a un servicio de urgencias.
       *[provider] Llama ahora a tu clínica. Si está cerrada o no contestan, ve a un servicio de urgencias.
    } En caso de emergencia, llama al { $number }.
triage-advice-emergency = Llama ahora al { $number }, o pide a alguien que esté contigo que llame. Di que te han hecho un tratamiento en la piel y qué has notado.
triage-reason-unexpected = No es habitual en este momento: { $symptom_lower }
    .detail = Tu plan de cuidados no lo incluye ahora mismo como parte de una recuperación normal.
triage-reason-strong = { $symptom } de intensidad alta
    .detail = Puede ser parte de una recuperación normal, pero le has dado un 6 o más sobre 10.

## El veredicto en pocas palabras: una etiqueta y el porqué

verdict-nothing-logged = Aún no has anotado nada
verdict-nothing-logged-headline = Haz tu revisión una vez al día: anota cómo notas la piel o indica que todo va bien.
verdict-entry = { $symptom } { $severity }/10 { $when }
verdict-entry-spoken = { $symptom }, { $severity } de 10, { $when }
verdict-answer = { $symptom }: { $answer }, { $when }
verdict-all-fine = Todo bien { $when }
verdict-and-more = { $headline } y { $count ->
        [one] 1 señal más
       *[other] { $count } señales más
    }
verdict-then-all-fine = { $headline }; todo bien { $when }
verdict-when-early = esta madrugada
verdict-when-morning = esta mañana
verdict-when-afternoon = esta tarde
verdict-when-evening = esta noche
verdict-when-yesterday = ayer
verdict-when-on = el { $date }

## Síntomas

symptom-redness = Enrojecimiento
symptom-swelling = Hinchazón
symptom-pain = Dolor o molestia
symptom-itching = Picor
symptom-burning = Ardor o escozor
symptom-dryness_flaking = Sequedad o descamación
symptom-tightness = Tirantez
symptom-bruising = Moratones
symptom-bleeding = Sangrado
symptom-breakouts = Granitos
symptom-bumps = Protuberancias
symptom-blisters = Ampollas
symptom-pus_drainage = Pus o supuración
symptom-warmth = Calor en la piel
symptom-fever = Fiebre o escalofríos
symptom-dark_patches = Manchas oscuras
symptom-hives_rash = Ronchas o un sarpullido que pica
symptom-lips_tongue_throat_swelling = Hinchazón de los labios, la lengua o la garganta
symptom-trouble_breathing = Dificultad para respirar o tragar
symptom-faintness = Sensación de desmayo o mareo
symptom-spreading_redness = Enrojecimiento que se extiende, o líneas rojas
symptom-eye_pain = Dolor en el ojo, o un ojo que no se abre por la hinchazón
symptom-vision_change = Un cambio en la vista
symptom-raw_skin = Piel abierta, en carne viva o que supura
symptom-skin_colour_change = Piel blanquecina, grisácea u oscurecida
symptom-numbness = Adormecimiento u hormigueo
symptom-draw_site = Dolor, hinchazón o enrojecimiento donde te han sacado sangre
symptom-other = Otro

## Zonas del cuerpo

area-whole_area = Toda la zona tratada
area-forehead = Frente
area-around_eyes = Alrededor de los ojos
area-cheeks = Mejillas
area-nose = Nariz
area-lips_mouth = Labios y boca
area-chin_jaw = Mentón y mandíbula
area-neck = Cuello
area-chest = Pecho o escote
area-scalp = Cuero cabelludo
area-hands = Manos
area-arms = Brazos
area-abdomen = Abdomen
area-back = Espalda
area-legs = Piernas
area-other = Otra zona

## Línea de comandos: el diario

cli-journal-recovered = el diario estaba dañado; se ha movido a { $path } y se ha empezado uno nuevo
cli-journal-damaged-stopped = el diario estaba dañado; se ha movido a { $path } y se ha empezado uno nuevo. No se ha hecho nada más: vuelve a ejecutar la orden o restaura una copia de seguridad.
cli-journal-damaged-found = se ha encontrado el diario dañado; se ha movido a { $path } y se ha empezado uno nuevo. No se ha escrito nada: vuelve a ejecutar la orden o restaura una copia de seguridad.
cli-wal-set-aside = un archivo sobrante junto al diario (su -wal) no le pertenecía; se ha apartado como { $path } y no se ha usado. El diario no ha cambiado.
cli-sessions = Sesiones
cli-no-sessions = Aún no hay sesiones: añade una con `aftercare session add`.
cli-session-ended-at = terminó el { $when }
cli-session-booked-for = reservada para el { $when }
cli-session-number = sesión { $number }
cli-session-added = Sesión { $id } registrada.
cli-session-completed = La sesión { $id } se ha marcado como hecha.
cli-log = Registro de síntomas, sesión { $session }
cli-log-empty = No hay nada anotado.
cli-logged = Anotación { $id } guardada en la sesión { $session }.
cli-log-edited = Anotación { $id } actualizada.
cli-log-deleted = Anotación { $id } eliminada.
cli-same-nothing = Ayer no hay nada anotado, así que no hay nada que repetir.
cli-same-logged = { $count ->
        [one] Has vuelto a anotar el síntoma de ayer.
       *[other] Has vuelto a anotar los { $count } síntomas de ayer.
    }
cli-today = Hoy
cli-no-current-session = Todavía no ha terminado ninguna sesión: añade una con `aftercare session add`.
cli-your-log = Lo que dice tu registro de síntomas
cli-call-to-action = { $who ->
        [professional] Lo que has anotado necesita un profesional sanitario
       *[provider] Lo que has anotado necesita a tu profesional
    }
cli-demo-log = Un registro de ejemplo: lo que podrías anotar y lo que Aftercare concluye
cli-call-to-action-emergency = Lo que has anotado es una emergencia
cli-contacted-recorded = Registrado (#{ $id }, sesión { $session }): { $who ->
        [professional] has consultado con un profesional sanitario.
       *[provider] has contactado con tu profesional.
    } Vuelve a anotar si algo empeora o reaparece.
cli-contacted-none = No hay contactos con tu profesional registrados en esta sesión.
cli-contacted-all = todas las señales anotadas hasta entonces
cli-contacted-deleted = Contacto con tu profesional { $id } eliminado.
cli-check-in-until = Haz tu revisión una vez al día hasta el { $when }.
cli-emergency-number = En caso de emergencia, llama al { $number }.
answer-yes = Sí
answer-no = No
report-col-answer = Respuesta
report-col-temperature = Temperatura (°C)
cli-logged-today = { $count ->
        [0] Hoy no has anotado nada.
        [one] Hoy has anotado 1 síntoma.
       *[other] Hoy has anotado { $count } síntomas.
    }
cli-checked-in = Registrado (#{ $id }, sesión { $session }): todo bien hoy.
cli-checkin-hint = Aún no has hecho la revisión de hoy: anota cómo notas la piel o ejecuta `aftercare checkin` si todo va bien.
cli-next-session = Próxima sesión
cli-settings = Ajustes
cli-settings-saved = Ajustes guardados.
cli-wake = Hora de despertar
cli-checkin = Hora de la revisión diaria
cli-quiet = Horas de silencio
cli-off = desactivadas
cli-language = Idioma
cli-zone-not-saved = { $zone } (la de este ordenador; aún sin guardar)
cli-backup-written = Copia de seguridad guardada en { $path }.
cli-backup-code = Código de recuperación: { $code }
cli-backup-code-note = Apúntalo y guárdalo aparte de la copia: es la única forma de abrirla, en cualquier ordenador o teléfono. No se vuelve a mostrar ni se guarda en ningún sitio.
cli-restored = Restaurado en { $path }. Sesiones: { $sessions }. Anotaciones de síntomas: { $entries }.

## Informe para tu profesional

report-title = Informe de Aftercare
report-patient = Paciente
report-period = Periodo
report-period-range = del { $from } al { $to }
report-period-from = desde el { $from }
report-period-until = hasta el { $to }
report-period-all = todo lo registrado
report-created = Creado
report-zone = Zona horaria
report-summary = Resumen
report-summary-caption = Sesiones de este informe
report-empty = No se ha registrado nada en este periodo.
report-booked = Sesiones reservadas
report-booked-item = { $when }: { $protocol }
report-col-session = Sesión
report-col-treatment = Tratamiento
report-col-ended = Terminó
report-col-entries = Anotaciones
report-col-highest = Intensidad máxima
report-col-red-flags = Señales de alarma
report-col-when = Cuándo
report-col-what = Qué
report-col-day = Día de recuperación
report-col-symptom = Síntoma
report-col-severity = Intensidad (0–10)
report-col-area = Zona
report-col-note = Nota
report-session-heading = Sesión { $number }: { $protocol }
report-session-heading-booked = Sesión reservada: { $protocol }
report-treatment = Tratamiento
report-protocol = Protocolo
report-protocol-version = { $id }, versión { $version }
report-booked-for = Reservada para
report-timeline = Plan seguido
report-timeline-caption = El plan de cuidados de esta sesión, paso a paso
report-no-plan = El protocolo de esta sesión no está disponible, así que no se puede mostrar su plan.
report-charts = Síntomas a lo largo del tiempo
report-chart-none = En este periodo no se anotaron síntomas después de esta sesión.
report-chart-title = Síntomas desde la sesión: intensidad (0–10) por día
report-chart-desc = { $count ->
        [one] { $symptom }: 1 anotación, { $first } después de la sesión, intensidad { $max } de 10;
       *[other] { $symptom }: { $count } anotaciones, de { $first } a { $last } después de la sesión; intensidad máxima { $max } de 10, { $max_at } después;
    }
report-chart-window = habitual { $windows }
report-chart-no-window = no se considera habitual
report-chart-flagged = una anotación que activó una señal de alarma
report-chart-x = Días desde la sesión
report-entry-line = { $when }: { $symptom }, { $severity } de 10, { $area }
report-entry-line-answer = { $when }: { $symptom }, { $answer }, { $area }
report-entries = Anotaciones de síntomas
report-entries-caption = Síntomas anotados, del más antiguo al más reciente
report-entries-none = No se anotaron síntomas en este periodo.
report-photos = Fotos
report-photo-alt = Foto de la piel tratada tomada el { $when }
report-photo-unavailable = La foto tomada el { $when } no está incluida: { $why }.
report-photo-problem-unreadable = no se ha podido leer el archivo
report-photo-problem-changed = el archivo cambió después de registrarse
report-photo-problem-unsupported = solo se pueden incluir fotos JPEG y PNG
report-photos-not-included = { $count ->
        [one] En este periodo se tomó 1 foto; las fotos no se incluyen en este informe.
       *[other] En este periodo se tomaron { $count } fotos; las fotos no se incluyen en este informe.
    }
report-about = Sobre este informe
report-disclaimer = Este informe recoge lo que el paciente ha anotado en la app Aftercare. No es un diagnóstico. Las señales de alarma son las que el protocolo de cuidados pide comunicar; no son hallazgos clínicos.
report-fhir-symptom = Síntoma
report-fhir-anonymous = Paciente (sin nombre)
report-fhir-procedure = { $protocol }, sesión { $number }, terminó el { $when }
report-fhir-severity = Intensidad (0–10)
report-fhir-temperature = Temperatura corporal
report-fhir-careplan = Plan de cuidados: { $protocol }, sesión { $number }
report-fhir-procedure-note = Protocolo de cuidados { $id }, versión { $version }; sesión { $number } de la serie.
report-ics-session = Sesión de { $protocol }
report-ics-session-detail = Tu sesión de { $protocol } reservada ({ $when }). Antes, revisa en Aftercare los pasos para prepararte.
report-ics-alarm-tomorrow = Mañana: tu sesión de { $protocol }
report-ics-alarm-soon = Pronto: tu sesión de { $protocol }
report-ics-preparation = Antes de tu sesión: { $title_inline }
report-ics-preparation-detail = Hasta tu sesión del { $when }.
report-ics-lifted = Ya está permitido
report-cli-written = Informe guardado en { $path }.
report-cli-photo-left-out = la foto { $id } no está incluida: { $why }
report-assessment = Valoración
report-assessment-lead = Cada sesión tal como la ha valorado la app, de la más reciente a la más antigua: su nivel, las señales de alarma con sus fechas y las anotaciones y notas que las activaron.
report-overview-heading = Sesión { $number }: { $protocol }, terminó el { $when }
report-judged-now = Valoración a { $when }, cuando se ha creado este informe.
report-judged-end = Valoración a { $when }, el final del periodo.
report-level-word-normal = Normal
report-level-word-watch = Vigilar
report-level-word-contact_provider = Contactar con el profesional
report-level-word-urgent = Urgente
report-level-word-emergency = Emergencia
report-level-word-none = Sin valorar
report-level-text-normal = Todo lo anotado encaja con una curación normal.
report-level-text-watch = Algo que conviene anotar a diario; no hay ninguna señal de alarma vigente.
report-level-text-contact_provider = Una señal de alarma vigente: el protocolo pide contactar con el profesional.
report-level-text-urgent = Una señal de alarma vigente: el protocolo pide contactar con el profesional ahora.
report-level-text-emergency = Una señal de emergencia vigente: el protocolo pide a la persona que llame ahora a emergencias.
report-level-text-none = El protocolo de esta sesión no está disponible, así que no se ha podido valorar.
report-col-level = Valoración
report-episodes = Señales de alarma en este periodo
report-no-flags = En este periodo no se ha activado ninguna señal de alarma.
report-watch = Conviene vigilar también
report-contacts = «He contactado con mi profesional», tal como lo anotó el paciente
report-contact-about = sobre: { $flag }
report-contact-about-all = sobre todas las señales de alarma activadas hasta entonces
report-status-active = Vigente
report-status-contacted = Profesional contactado
report-status-earlier = Anotada antes
report-status-resolved = Resuelta
report-status-past = En el pasado
report-date-since = Desde
report-date-latest = Última anotación
report-date-resolved = Resuelta
report-date-contacted = Profesional contactado
report-role-baseline = el punto más bajo desde el que subió
report-role-resolved = la resolvió
report-col-marks = Marcas
report-mark-flag = Señal de alarma
report-mark-unusual = No habitual entonces
report-marks-legend = ◆ Señal de alarma: la anotación activó una señal de alarma del protocolo (ver la valoración en la primera página).
report-marks-legend-unusual = ○ No habitual entonces: el protocolo no considera habitual este síntoma, con esta intensidad, en ese momento.
report-chart-band = habitual en este protocolo
report-chart-dot = una anotación
report-chart-title-hours = Síntomas desde la sesión: intensidad (0–10) por hora
report-chart-x-hours = Horas desde la sesión
report-window-hours = de { $from } a { $to } horas después de la sesión
report-window-days = de { $from } a { $to } días después de la sesión
report-elapsed-hours = { $n } { $count ->
        [one] hora
       *[other] horas
    }
report-elapsed-days = { $n } { $count ->
        [one] día
       *[other] días
    }
report-entry-what = { $symptom }, { $severity } de 10, { $area }
report-entry-what-answer = { $symptom }, { $answer }, { $area }
report-episode-title = { $flag }: { $symptom }
report-chart-window-short = habitual { $windows }
report-window-short-hours = { $from }–{ $to } h después
report-window-short-days = { $from }–{ $to } días después
report-fhir-absent = { $when }: sin { $symptom_lower } ({ $area })
report-fhir-absent-value = Ausente
report-fhir-impression = Triaje de la sesión { $number } a { $when }: { $level }
report-fhir-impression-code = Triaje de Aftercare: el registro de síntomas del paciente valorado según las señales de alarma del protocolo
report-fhir-investigation = Anotaciones detrás de la señal de alarma: { $flag }
report-fhir-communication = { $when }: el paciente anotó que contactó con su profesional, { $about }
cli-photo-added = Foto { $id } registrada para la sesión { $session }. El archivo se queda donde está.
cli-photo-heic = Es una foto HEIC: se guarda y aparece en la lista, pero un informe no puede mostrarla (solo se pueden incluir JPEG y PNG). Expórtala como JPEG para incluirla.
cli-photo-missing = Ahora no se puede leer el archivo (¿se ha movido o borrado?): un informe dirá que no está incluida.
cli-photos = { $count ->
        [0] Sesión { $session }: sin fotos.
        [one] Sesión { $session }: 1 foto.
       *[other] Sesión { $session }: { $count } fotos.
    }
cli-photo-line = #{ $id }  { $when }  { $path }
cli-photo-deleted = Foto { $id } quitada del diario; el archivo en sí no se ha borrado.
report-evidence-more = … { $count } anotaciones más del { $from } al { $to }, todas marcadas en la tabla de anotaciones de esta sesión
report-check-in-all-fine = Todo bien: nada nuevo, nada peor
report-check-ins = Revisiones «todo bien» (nada nuevo, nada peor): { $list }.
report-fhir-check-in = { $when }: revisión diaria, { $what }
report-fhir-check-in-code = Revisión diaria
report-render-failed = No se ha podido escribir este informe.

## Palabras para los códigos: lo que se ve en lugar de un identificador

reminder-category-preparation = Preparación
    .description = Pasos para antes de tu próxima sesión.
reminder-category-lifted = Ya está permitido
    .description = Cuando el maquillaje, el ejercicio, el sol o tus productos habituales vuelven a estar permitidos.
reminder-category-booking = Reserva
    .description = Cuando es momento de reservar tu próxima sesión.
reminder-category-maintenance = Mantenimiento
    .description = Cuando toca una sesión de mantenimiento.
reminder-category-check_in = Revisión diaria
    .description = Tu revisión diaria de cómo notas la piel.
reminder-category-care = Cuidados
    .description = Cuidados puntuales, como el primer lavado suave.
reminder-category-spf = Protector solar
    .description = Tu protector solar de la mañana.
reminder-category-urgent = Revisiones urgentes
    .description = Revisiones mientras algo que has anotado necesita vigilancia; pueden sonar en horas de silencio.
rule-kind-expected_symptom = Normal
rule-kind-restriction = Restricción
rule-kind-routine = Hacer
rule-kind-preparation = Antes
rule-kind-red_flag = Señal de alarma
rule-kind-series = Serie

## Triaje: en qué punto está una señal de alarma

triage-status-active = Ahora
triage-status-contacted = { $who ->
        [professional] Has pedido ayuda
       *[provider] Has contactado con tu profesional
    }
triage-status-earlier = Anotada antes
triage-status-resolved = Resuelta
triage-status-past = En el pasado
triage-earlier-detail = Anotado el { $date }. Si reaparece, contacta con { who-your-provider }.
triage-contacted-detail = { $who ->
        [professional] Consultaste con un profesional sanitario por esto el { $date }. Si empeora o reaparece, vuelve a pedir ayuda.
       *[provider] Contactaste con tu profesional por esto el { $date }. Si empeora o reaparece, vuelve a contactar con tu profesional.
    } Si te encuentras muy mal, llama a los servicios de emergencias.
triage-not-assessed-before = { $count ->
        [one] Una anotación es
       *[other] { $count } anotaciones son
    } de más de una hora antes del final de tu sesión ({ $ended }), así que no { $count ->
        [one] se ha valorado
       *[other] se han valorado
    }. Si la hora está mal, edita la anotación.
triage-reason-above-expected = { $symptom }: más de lo habitual en este momento
    .detail = Algo de { $symptom_lower } es normal ahora, pero no tanto como has anotado.
triage-reason-after-flag = { $symptom }: sigue vigilándolo
    .detail = Fue una señal de alarma el { $date }. Sigue anotándolo una vez al día; si vuelve a empeorar, contacta con { who-your-provider }.
triage-temperature = { $temperature } medidos
