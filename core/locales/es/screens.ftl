# Las pantallas de la app del teléfono: títulos, etiquetas, botones, estados vacíos, errores y lo
# que dice un lector de pantalla. Todo texto que muestra una interfaz sale de aquí (o de app.ftl
# y de los protocolos).

## Cada idioma con su propio nombre (el selector de idioma)

language-name = Español

## Títulos y navegación

title-first-run = Primeros pasos
title-today = Hoy
title-log = ¿Cómo te sientes?
title-log-edit = Editar anotación
title-triage = Lo que dice tu registro
title-timeline = Tu cronología
title-sessions = Sesiones
title-history = Historial
title-report = Informe para tu clínica
title-settings = Ajustes
title-notice = Aviso
nav-today = Hoy
nav-timeline = Cronología
nav-history = Historial
nav-sessions = Sesiones
nav-settings = Ajustes
nav-selected = { $place }, pantalla actual

## Acciones

command-back = Atrás
command-back-to = Volver a { $screen }
command-next = Siguiente
command-continue = Continuar
command-ok = Entendido
command-cancel = Cancelar
command-save = Guardar
command-save-continue = Guardar y continuar
command-skip = Omitir
command-not-now = Ahora no
command-try-again = Volver a intentarlo
command-get-started = Empezar
command-restore-backup = Restaurar una copia de seguridad
command-import-protocol = Importar el protocolo de tu clínica
command-allow-reminders = Activar recordatorios
command-turn-on = Activar
command-open-notification-settings = Abrir ajustes de notificaciones
command-open-alarm-settings = Abrir ajustes de alarmas
command-use-zone = Usar { $zone }
command-call-clinic = Llamar a tu clínica
command-call-clinic-spoken = Llamar a tu clínica, { $name }
command-email-clinic = Escribir a tu clínica
command-email-clinic-spoken = Escribir un correo a tu clínica, { $name }
command-add-clinic = Añadir el teléfono de tu clínica
command-call-emergency = Llamar al { $number }
command-call-emergency-spoken = Llamar a emergencias, al { $number }
command-contacted = { $who ->
        [professional] Ya he consultado con un profesional sanitario
       *[provider] Ya he contactado con mi profesional
    }
command-contacted-about = { $who ->
        [professional] Ya he pedido ayuda por esto
       *[provider] Ya he contactado con mi profesional por esto
    }
command-contacted-about-spoken = { $who ->
        [professional] Ya he consultado con un profesional sanitario por esto: { $title }
       *[provider] Ya he contactado con mi profesional por esto: { $title }
    }
command-what-you-logged = Lo que has anotado
command-log-again = Anotar cómo te sientes
command-undo = Deshacer
command-done = Hecho
command-done-spoken = Marcar como hecho: { $title }
command-add-session = Añadir tu sesión
command-add-past-session = Añadir una sesión pasada
command-book-session = Reservar una sesión
command-mark-done = Marcar como hecha
command-mark-done-spoken = Marcar como hecha: { $name }
command-mark-session-done = Marcar la sesión como hecha
command-mark-session-done-spoken = Marcar como hecha tu sesión de { $treatment } del { $when }
command-not-done-spoken = Marcar como no hecho: { $title }
command-delete = Eliminar
command-delete-spoken = Eliminar: { $title }
command-delete-session-spoken = Eliminar la sesión: { $name }
command-delete-entry = Eliminar esta anotación
command-edit = Editar
command-edit-spoken = Editar: { $title }
command-remove = Quitar
command-add-symptom = Añadir otro síntoma
command-same-as-yesterday = Igual que ayer
command-add-photo = Añadir una foto
command-replace-photo = Elegir otra foto
command-remove-photo = Quitar la foto
command-report = Informe para tu clínica
command-show-earlier = Mostrar anotaciones anteriores
command-create-report = Crear y compartir
command-backup = Hacer una copia de seguridad
toggle-on = activado
toggle-off = desactivado

## Errores de formulario: qué falla en un campo, nunca lo que se escribió

form-error = Algunas respuestas necesitan un repaso: mira el mensaje debajo de cada una.
field-error-required = Este dato es necesario.
field-error-too-long = Como máximo { $max } caracteres.
field-error-control = Usa solo texto normal.
field-error-passphrase-short = Usa al menos { $min } caracteres: unas cuantas palabras que recuerdes.
field-error-passphrase-easy = Es demasiado fácil de adivinar: evita repeticiones, secuencias como abc o 123 y palabras habituales.
field-error-passphrase-mismatch = Las dos frases no coinciden.
field-error-recovery-code = Un código de recuperación tiene 24 letras y números, en seis grupos de cuatro.
field-error-clock = Usa una hora como 08:00.
field-error-date = Usa una fecha como 2026-11-21.
field-error-zone = Elige tu ciudad, u otra de tu zona horaria, en la lista.
field-error-future = Esa hora aún no ha llegado. Elige una hora que ya haya pasado.
field-error-appointment-past = Esa hora ya ha pasado. Elige una hora futura o añádela como sesión pasada.
field-error-before-appointment = La sesión no puede terminar antes de empezar.
field-error-quiet-empty = Las horas de silencio deben empezar y terminar a horas distintas.
field-error-phone = Usa números, espacios y + - ( ), con al menos 3 dígitos.
field-error-email = Usa una dirección como clinica@ejemplo.com.
field-error-range = El último día es anterior al primero.
field-error-choose-symptom = Elige qué has notado.
field-error-choose-severity = Elige con qué intensidad lo notas.
field-error-before-session = Esa hora es anterior al final de tu sesión. Elige una hora posterior.
field-error-out-of-reach = Esa fecha está demasiado lejos de hoy. Elige una de los últimos diez años o de los dos próximos.
field-error-temperature = Escribe una temperatura entre { $low } y { $high }, por ejemplo { $example }.
field-error-choose-answer = Elige sí o no.

## Campos

time-now = Ahora
time-not-chosen = Sin elegir
time-picker-confirm = Aceptar
time-picker-cancel = Cancelar
input-zone = Busca tu ciudad
    .hint = Por ejemplo, Madrid
input-clinic-name = Nombre de la clínica o del profesional
input-clinic-phone = Teléfono
    .hint = Por ejemplo, +34 912 345 678
input-clinic-email = Correo electrónico
input-wake = Hora de despertar
    .hint = Recordatorios de la mañana, como el protector solar
input-check-in = Hora de la revisión diaria
    .hint = Cuando te preguntamos cómo notas la piel
input-quiet-start = Silencio desde
input-quiet-end = Silencio hasta
input-report-from = Primer día
    .hint = AAAA-MM-DD
input-report-to = Último día
    .hint = AAAA-MM-DD
input-report-name = Tu nombre tal como debe aparecer

## Intensidad: palabras en los extremos y para cada valor

log-severity = ¿Con qué intensidad lo notas?
severity-anchor-0 = Nada
severity-anchor-5 = Moderada
severity-anchor-10 = La peor imaginable
severity-band-none = nula
severity-band-mild = leve
severity-band-moderate = moderada
severity-band-severe = fuerte
severity-band-worst = máxima
# "intensidad" carries the gender: "Enrojecimiento: 6 de 10: moderada" would not agree.
severity-value = { $value } de 10, intensidad { $band }
severity-yes = sí
severity-no = no
severity-not-chosen = sin elegir
symptom-severity = { $symptom }, { $severity }

## Niveles en pocas palabras (con su token semántico en los modelos)

level-label-normal = Parte de una recuperación normal
level-label-watch = Vigílalo
level-label-contact_provider = { $who ->
        [professional] Consulta con un profesional sanitario
       *[provider] Contacta con tu profesional
    }
level-label-urgent = { who-contact-now }
level-label-emergency = Llama ahora a emergencias

## 1. Primer uso

first-run-progress = Paso { $number } de { $count }
first-run-title-welcome = Primeros pasos
first-run-title-treatment = Tu tratamiento
first-run-title-when = Tu sesión
first-run-title-zone = Zona horaria
first-run-title-clinic = Tu clínica
first-run-title-reminders = Recordatorios
first-run-welcome = Te damos la bienvenida a Aftercare
    .p1 = Aftercare te acompaña en la recuperación después de un tratamiento de la piel: qué es normal, qué evitar y hasta cuándo, y cuándo hacer tu revisión diaria.
    .p2 = Todo lo que anotas se queda en este teléfono.
first-run-treatment = ¿Qué tratamiento has recibido?
    .p1 = Elige el tratamiento o importa el archivo de protocolo que te ha dado tu clínica.
first-run-choose-treatment = Elige tu tratamiento para continuar.
protocol-builtin = Incluido en la app
protocol-from-clinic = De tu clínica (versión { $version })
first-run-when = ¿Cuándo es tu sesión?
    .p1 = Tu plan de recuperación cuenta desde el momento en que termina tu sesión.
first-run-timing-done = Ya la he tenido
    .detail = Tu plan empieza desde el final de la sesión.
first-run-timing-booked = Está reservada
    .detail = Te recordaremos cómo prepararte.
first-run-ended-at = Cuándo terminó
first-run-starts-at = Cuándo empieza
first-run-zone = Tu zona horaria
first-run-zone-phone = Los recordatorios y las horas siguen tu zona horaria. Tu teléfono está en { $zone }.
first-run-zone-follow = Usar la zona horaria del teléfono
first-run-zone-other = Usar otra zona horaria
first-run-clinic = Tu clínica
    .p1 = ¿A quién llamar si algo te preocupa? Es opcional y puedes cambiarlo más adelante en Ajustes.
first-run-reminders = Recordatorios
    .p1 = Aftercare te recuerda el protector solar por la mañana, tu revisión diaria por la tarde, cuándo puedes volver a maquillarte y cómo prepararte para tu próxima sesión.
    .p2 = { $who ->
        [professional] Si algo de lo que anotas requiere consultar con un profesional sanitario, también te recuerda hacer la revisión hasta que se calme.
       *[provider] Si algo de lo que anotas requiere avisar a tu profesional, también te recuerda hacer la revisión hasta que se calme.
    }
    .p3 = Tu teléfono te pedirá permiso para mostrar notificaciones. Puedes cambiarlo cuando quieras.

## 2. Hoy

today-welcome = Te damos la bienvenida
today-treatment = { $treatment }, sesión { $number }
today-log-entry = ¿Cómo te sientes?
today-log-entry-spoken = ¿Cómo te sientes? Anota tus síntomas
today-all-fine = Todo bien hoy
today-all-fine-spoken = Todo bien hoy: la revisión de hoy, sin nada nuevo ni nada peor
today-checked-in-all-fine = Revisión de hoy hecha: todo bien.
today-done = Hecho
today-reminder-held = Aviso aplazado hasta el { $time }, al acabar tus horas de silencio.
today-preparation = Antes de tu sesión del { $when }
preparation-now = Ahora
preparation-past = Ya ha pasado
today-logged = { $count ->
        [0] Todavía no has anotado nada hoy.
        [one] 1 anotación hoy.
       *[other] { $count } anotaciones hoy.
    }
today-from-reminder = De tu recordatorio
today-off-limits = Restricciones por ahora
today-nothing-off-limits = Ahora mismo no hay nada que evitar.
today-allowed-again = Permitido de nuevo el { $when }
today-allowed-again-heading = Ya está permitido
today-due = Para hoy
today-normal-now = Normal en este momento
today-watch-for = { $who ->
        [professional] Pide ayuda a un profesional sanitario si notas
       *[provider] Contacta con tu profesional si notas
    }
today-reminders = Próximamente
today-no-reminders = No hay recordatorios próximos.
today-next-session = Tu próxima sesión
today-empty = Aún no hay ninguna sesión
    .text = Añade la sesión que acabas de tener para ver tu plan de recuperación, o reserva la próxima.
today-booked = Tu sesión está reservada para el { $when }
    .text = Tu plan de recuperación empieza cuando la hayas tenido; márcala como hecha entonces.
banner-notifications-off = Las notificaciones están desactivadas. Tus recordatorios siguen apareciendo aquí, en la app.
banner-notifications-unknown = Activa los recordatorios para no olvidar el protector solar, tus revisiones y cuándo algo vuelve a estar permitido.
banner-exact-alarms-off = Los recordatorios pueden llegar unos minutos tarde porque las alarmas exactas están desactivadas.
banner-zone-differs = Tu teléfono está en { $phone }, pero las horas se muestran en { $zone }.

## 3. Anotar síntomas

log-heading = ¿Cómo te sientes?
log-heading-edit = Editar esta anotación
log-intro = Para tu sesión de { $treatment } que terminó el { $when }
log-symptom-heading = Síntoma { $number }
log-remove-spoken = Quitar el síntoma { $number }
log-kind = ¿Qué has notado?
log-kind-more = Otra cosa
    .spoken = Otra cosa: ver todos los síntomas
log-fever = ¿Tienes fiebre o escalofríos?
log-temperature = Temperatura, si te la has tomado (opcional)
    .hint = Por ejemplo, { $example }
log-area = ¿Dónde lo notas?
log-noticed = Cuándo lo has notado
log-note = Nota (opcional)
    .hint = Lo que { who-your-provider } debería saber
log-photo = Foto (opcional)
log-photo-added = Foto añadida
log-empty = Todavía no hay dónde anotar
    .text = Primero añade la sesión que has tenido; tus anotaciones van con ella.

## 4. Resultado de la valoración

triage-reasons = Por qué
triage-since = Desde el { $when }
triage-started = Empezó el { $when }
triage-check-in-until = Haz tu revisión una vez al día hasta el { $when }.
triage-episodes = Señales de alarma hasta ahora
triage-episodes-empty = Ninguna señal de alarma hasta ahora.
triage-empty = Todavía no hay nada que valorar
    .text = Tus anotaciones se valoran desde el final de tu sesión.
clinic-unnamed = tu clínica
email-subject = Consulta sobre mis cuidados

## 5. Cronología

timeline-now = Ahora: { $when }
timeline-past = hecho
timeline-next = lo siguiente
timeline-later = más adelante
timeline-phases = Etapa por etapa
timeline-phase-when = Del { $from } al { $until }
timeline-preparation = Antes de tu próxima sesión
timeline-step-when = { $when } · { $state }
timeline-why = ¿Por qué?
timeline-empty = Todavía no hay cronología
    .text = Tu cronología empieza cuando hayas tenido tu sesión. Añádela en Sesiones.
source-clinic-sheet = Hoja pública de cuidados de { $clinic }
source-seed-article = Un artículo público sobre los cuidados tras el microneedling
source-your-clinic = Indicado por el protocolo de tu clínica

## 6. Sesiones

sessions-booked = Reservadas
sessions-booked-empty = No hay nada reservado.
sessions-booked-for = Reservada para el { $when }
sessions-was-booked-for = Estaba reservada para el { $when }; márcala como hecha si ya la has tenido
sessions-done = Hechas
sessions-done-empty = Todavía no hay sesiones hechas.
sessions-ended = Terminó el { $when }
sessions-series = Tu serie
sessions-empty = Aún no hay sesiones
    .text = Reserva una sesión o añade una que ya hayas tenido.
sessions-form-book = Reservar una sesión
sessions-form-done = Añadir una sesión pasada
sessions-form-complete = Marcar la sesión como hecha
sessions-form-starts = Cita
confirm-delete-session = ¿Eliminar esta sesión?
    .confirm = Eliminar
confirm-delete-session-body = { $entries ->
        [0] Se eliminará la sesión.
        [one] Se eliminarán la sesión y 1 anotación hecha para ella.
       *[other] Se eliminarán la sesión y { $entries } anotaciones hechas para ella.
    }{ $photos ->
        [0] {""}
        [one] {" "}También el registro de 1 foto.
       *[other] {" "}También los registros de { $photos } fotos.
    } No se puede deshacer.

## 7. Historial

history-today = Hoy
history-session = { $treatment }, sesión { $number } ({ $when })
history-session-booked = { $treatment }, reservada ({ $when })
history-contacted = { $who ->
        [professional] Has consultado con un profesional sanitario
       *[provider] Has contactado con tu profesional
    }
history-all-fine = Todo bien
    .detail = Revisión: nada nuevo, nada peor
history-empty = Todavía no has anotado nada
    .text = Lo que anotes aparecerá aquí, día a día.
confirm-delete-entry = ¿Eliminar esta anotación?
    .body = Dejará de contar en lo que dice tu registro y en los informes. No se puede deshacer.
    .confirm = Eliminar
confirm-delete-contact = { $who ->
        [professional] ¿Eliminar esta consulta con un profesional sanitario?
       *[provider] ¿Eliminar este contacto con tu profesional?
    }
    .body = { $who ->
        [professional] Las señales de alarma por las que habías pedido ayuda volverán a pedirte que consultes.
       *[provider] Las señales de alarma por las que habías contactado con tu profesional volverán a pedirte que le avises.
    }
    .confirm = Eliminar
confirm-delete-check-in = ¿Eliminar esta revisión?
    .body = Ese día dejará de contar como día con revisión. No se puede deshacer.
    .confirm = Eliminar
confirm-discard-log = ¿Descartar esta anotación?
    .body = Lo que has escrito no se ha guardado.
    .confirm = Descartar
confirm-discard-settings = ¿Descartar los cambios?
    .body = Tus cambios en los ajustes no se han guardado.
    .confirm = Descartar

## 8. Informe

reporting-intro = Un resumen de lo que has anotado, para compartir con tu clínica. Se crea en este teléfono y no sale de él hasta que lo compartas.
reporting-periods = Qué incluir
reporting-period-session = Esta sesión
reporting-period-week = Los últimos 7 días
reporting-period-month = Los últimos 30 días
reporting-period-everything = Todo
reporting-period-custom = Elegir los días
reporting-formats = Formato
reporting-format-html = Página para imprimir
    .detail = Para leer, imprimir o guardar como PDF
reporting-format-csv = Hoja de cálculo (CSV)
    .detail = Cada anotación en una fila
reporting-format-fhir = Historia clínica (FHIR)
    .detail = Para el sistema de registros de tu clínica
reporting-format-ics = Calendario (iCalendar)
    .detail = Sesiones reservadas y fechas próximas
reporting-photos = Incluir fotos
    .detail = Solo las fotos del periodo elegido
reporting-name = Incluir mi nombre
reporting-privacy = Los informes contienen información de salud. Compártelos solo con personas de confianza.
reporting-empty = Todavía no hay nada para el informe
    .text = Primero añade tu sesión y anota cómo te sientes.
reporting-error-empty-calendar = No hay nada próximo que poner en un calendario para estos días. Elige otro formato u otro periodo.
share-report-title = Compartir tu informe
share-backup-title = Guardar o compartir tu copia de seguridad

## 9. Ajustes

settings-reminders = Recordatorios
settings-quiet-hours = Horas de silencio
    .detail = Sin recordatorios en este horario, salvo revisiones urgentes
settings-category-preparation = Preparación para una sesión
settings-category-lifted = Ya está permitido
    .detail = Por ejemplo, cuándo puedes volver a maquillarte
settings-category-booking = Reservar tu próxima sesión
settings-category-maintenance = Sesiones de mantenimiento
settings-category-check_in = Revisión diaria
settings-category-care = Pasos de cuidado
    .detail = Por ejemplo, tu primer lavado suave
settings-category-spf = Protector solar por la mañana
settings-discreet = Discreto en la pantalla de bloqueo
    .detail = Con el teléfono bloqueado, las notificaciones solo dicen que tienes un recordatorio, nada sobre tu piel
settings-language = Idioma y zona horaria
settings-clinic = Tu clínica
settings-notifications = Notificaciones
settings-notifications-on = Las notificaciones están activadas
settings-notifications-off = Las notificaciones están desactivadas
    .detail = Los recordatorios siguen apareciendo en la app. Activa las notificaciones en los ajustes del teléfono.
settings-notifications-unknown = Las notificaciones todavía no están activadas
settings-exact-alarms-off = Las alarmas exactas están desactivadas
    .detail = Los recordatorios pueden llegar unos minutos tarde.
settings-exact-alarms-on = Los recordatorios llegan a su hora
settings-last-sync = Recordatorios actualizados el { $when }
settings-protocols = Protocolos de tratamiento
settings-backup = Copia de seguridad
settings-backup-note = Una copia de seguridad es una copia de tu diario para guardarla en otro sitio (tu ordenador, una nube), y así poder llevarla a un teléfono nuevo si pierdes o cambias este. Se protege con un código de recuperación (o con una frase de contraseña que elijas): ese código es la única forma de abrirla. Nadie más, ni siquiera Aftercare, puede abrirla ni volver a encontrar el código.
settings-restore-needs-empty = Una copia de seguridad se puede restaurar en un teléfono nuevo o después de restablecer la app, mientras el diario esté vacío.

## Copia de seguridad y restauración (en Ajustes y en la primera vez)

backup-choose = ¿Cómo quieres proteger esta copia?
    .title = Hacer una copia de seguridad
    .p1 = La copia se protege para que solo tú puedas abrirla, en este teléfono o en uno nuevo.
    .p2 = Guarda lo que la abre lejos de tu teléfono: si lo pierdes, es la única forma de recuperar tu diario.
backup-choice-code = Con un código de recuperación (recomendado)
    .detail = Aftercare crea un código de 24 letras y números, y tú lo apuntas.
backup-choice-passphrase = Con una frase de contraseña que elijas
    .detail = Al menos 12 caracteres. Se olvida más fácilmente que un código apuntado.
backup-code = Tu código de recuperación
    .p1 = Apunta este código en papel y guárdalo en un lugar seguro, lejos de tu teléfono.
    .p2 = Es la única forma de abrir esta copia, en este teléfono o en uno nuevo. Solo se muestra ahora: nadie, ni siquiera Aftercare, puede volver a mostrarlo ni encontrarlo por ti.
backup-code-spoken = Código de recuperación: { $code }
command-wrote-it-down = Ya lo he apuntado
backup-passphrase = Elige una frase de contraseña
    .p1 = Al menos 12 caracteres: unas cuantas palabras que recuerdes, como una frase corta. Evita nombres, fechas y palabras habituales.
    .p2 = Esta frase es la única forma de abrir la copia. Si la olvidas, nadie podrá abrirla.
input-backup-passphrase = Frase de contraseña
input-backup-passphrase-again = Repite la frase de contraseña
command-make-backup = Hacer la copia
backup-unlock = Abre tu copia de seguridad
backup-unlock-code = Escribe el código de recuperación que apuntaste al hacer esta copia ({ $when }). Los espacios, los guiones y las minúsculas no importan.
backup-unlock-passphrase = Escribe la frase de contraseña que elegiste al hacer esta copia ({ $when }).
backup-made-unknown = fecha desconocida
backup-unlock-note = No cambia nada en este teléfono hasta que la copia se abra.
input-backup-code = Código de recuperación
input-backup-unlock-passphrase = Frase de contraseña
command-unlock-restore = Abrir y restaurar

## 10. Avisos

notice-moved-to = Para el servicio de asistencia: dónde se conserva el archivo dañado
notice-recovered = Tu diario estaba dañado
    .title = Diario dañado
    .p1 = El archivo que guarda tu diario no se ha podido leer bien, así que Aftercare lo ha apartado sin tocarlo y ha empezado un diario nuevo y vacío.
    .p2 = No se ha eliminado nada: el archivo dañado se conserva en este teléfono. Si contactas con el servicio de asistencia, los detalles de abajo indican dónde.
    .p3 = Si tienes una copia de seguridad, puedes restaurarla ahora.
notice-set-aside-to = Dónde se guardaron los archivos
notice-files-set-aside = Se apartó un archivo que estaba junto a tu diario
    .title = Archivo apartado
    .p1 = Un archivo junto a tu diario no le pertenecía (puede venir de otro teléfono, de una copia hecha a mano o de una app de sincronización), así que Aftercare no lo usó.
    .p2 = Tu diario no ha cambiado. El archivo se conservó, no se eliminó, donde se indica abajo.
notice-wrong-key = No se puede desbloquear tu diario
    .title = Diario bloqueado
    .p1 = La clave guardada en este teléfono no abre tu diario. No se ha cambiado nada.
    .p2 = Puede pasar después de restaurar el teléfono o de cambiar sus ajustes de seguridad. Si el teléfono acaba de reiniciarse, desbloquéalo primero con tu código y vuelve a intentarlo.
notice-newer-version = Actualiza Aftercare
    .title = Hace falta actualizar
    .p1 = Tu diario se ha guardado con una versión más reciente de Aftercare. Esta versión no puede leerlo, y no se ha cambiado nada.
    .p2 = Actualiza la app y vuelve a abrirla.
notice-storage-full = El almacenamiento de tu teléfono está lleno
    .title = Almacenamiento lleno
    .p1 = Aftercare no puede abrir tu diario hasta que haya algo de espacio libre. No se ha cambiado nada.
    .p2 = Libera espacio y vuelve a intentarlo.
notice-cannot-open = No se puede abrir tu diario
    .title = No se puede abrir
    .p1 = Aftercare no ha podido abrir el archivo que guarda tu diario. No se ha cambiado nada.
    .p2 = Vuelve a intentarlo. Si sigue pasando, reinicia el teléfono.
notice-cannot-read = No se ha podido leer tu diario en este momento
    .title = Algo ha fallado
    .p1 = No se ha cambiado nada. Vuelve a intentarlo.
notice-damaged = Hay que revisar tu diario
    .title = Diario dañado
    .p1 = Aftercare ha encontrado daños en el archivo que guarda tu diario.
    .p2 = Al volver a intentarlo, se revisa el archivo. Si está dañado, se aparta (nunca se elimina) y se empieza un diario nuevo.
notice-notifications-denied = Las notificaciones están desactivadas
    .title = Notificaciones
    .p1 = Tus recordatorios siguen apareciendo en la app, en la pantalla Hoy.
    .p2 = Para recibirlos como notificaciones, abre los ajustes del teléfono para Aftercare y permite las notificaciones.
notice-exact-alarms-denied = Los recordatorios pueden llegar unos minutos tarde
    .title = Alarmas
    .p1 = Tu teléfono no permite a Aftercare usar alarmas exactas, así que puede entregar los recordatorios unos minutos después de su hora.
    .p2 = Para recibirlos a su hora, permite «Alarmas y recordatorios» para Aftercare en los ajustes del teléfono.

## Mensajes

message-saved = { $count ->
        [one] Guardado.
       *[other] { $count } anotaciones guardadas.
    }
message-saved-photo-failed = Guardado. No se ha podido añadir la foto.
message-nothing-yesterday = Ayer no hay nada anotado.
message-yesterday-partial = Se han copiado las primeras { $copied } de las { $count } anotaciones de ayer; añade las demás una a una.
message-contacted = { $who ->
        [professional] Anotado: has consultado con un profesional sanitario.
       *[provider] Anotado: has contactado con tu profesional.
    }
message-contact-removed = { $who ->
        [professional] Se ha quitado la consulta con un profesional sanitario.
       *[provider] Se ha quitado el contacto con tu profesional.
    }
message-entry-deleted = Anotación eliminada.
message-reminder-done = Marcado como hecho.
message-step-not-done = Marcado como no hecho.
message-checked-in = Revisión de hoy hecha.
message-verdict = { $label }: { $headline }
message-check-in-removed = Revisión eliminada.
message-session-booked = Sesión reservada.
message-session-added = Sesión añadida.
message-session-completed = Sesión marcada como hecha.
message-session-deleted = Sesión eliminada.
message-settings-saved = Ajustes guardados.
message-report-ready = Tu informe está listo para compartir.
message-backup-written = Tu copia de seguridad está lista para guardar o compartir.
message-restored = Se ha restaurado tu copia de seguridad.
message-protocol-imported = Añadido: { $name }.
message-protocol-invalid = Este archivo no es un protocolo que Aftercare pueda usar. Pide a tu clínica un archivo nuevo (problema en { $place }).
message-file-unreadable = No se ha podido leer ese archivo.
message-restore-needs-empty = Una copia de seguridad solo se puede restaurar en un diario vacío.
message-restore-invalid = Este archivo no es una copia de seguridad de Aftercare o está dañado. No se ha cambiado nada.
message-restore-wrong-key = Esta copia de seguridad está bloqueada con la clave de otro teléfono: solo ese teléfono puede abrirla. No se ha cambiado nada.
message-restore-wrong-secret = Ese código o esa frase no abren esta copia. No se ha cambiado nada: revísalo y vuelve a intentarlo.
message-restore-newer = Esta copia de seguridad viene de una versión más reciente de Aftercare. Actualiza primero la app. No se ha cambiado nada.
message-restore-failed = No se ha podido restaurar la copia de seguridad. No se ha cambiado nada.
message-restore-in-use = No se ha podido restaurar la copia de seguridad porque tu diario está abierto en otra parte (un widget, una tarea en segundo plano). No se ha cambiado nada; cierra Aftercare por completo y vuelve a intentarlo.
message-disk-full = El almacenamiento de tu teléfono está lleno. No se ha guardado nada.
message-read-only = Aftercare no puede escribir en su almacenamiento. No se ha guardado nada.
message-not-found = Ese registro ya no existe.
message-failed = Algo ha fallado. No se ha cambiado nada; vuelve a intentarlo.
message-link-unknown = No se ha podido abrir ese enlace.
message-link-gone = Ese recordatorio es de una sesión que ya no existe.
message-no-clinic-phone = Primero añade el teléfono de tu clínica en Ajustes.
message-no-clinic-email = Primero añade el correo de tu clínica en Ajustes.
message-no-dialer = Este teléfono no puede hacer llamadas.
message-no-dialer-number = Este teléfono no puede hacer llamadas. El número de tu clínica es { $phone }.
message-no-dialer-emergency = Este teléfono no puede hacer llamadas. Llama al { $number } desde otro teléfono, o pide a alguien cercano que llame.
message-no-mail = No se ha encontrado ninguna app de correo en este teléfono.
message-no-share = No se ha encontrado ninguna app con la que compartir en este teléfono.
message-no-settings = No se han podido abrir los ajustes. Ábrelos desde la app Ajustes de tu teléfono.
message-launch-failed = No ha funcionado. Vuelve a intentarlo.
message-refresh-failed = Puede que los recordatorios no se actualicen en segundo plano. Abre la app de vez en cuando.
