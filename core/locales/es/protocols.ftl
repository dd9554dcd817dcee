# Textos de los protocolos incluidos. El valor del mensaje de una regla es su título; atributos:
#   .detail  una o dos frases de explicación (opcional)
#   .lifted  solo restricciones: lo que escucha el paciente cuando terminan
# Mantén el tono de una hoja amable de la clínica: palabras sencillas, sin diagnósticos, el profesional va primero.

## Nombres de los protocolos

protocol-microneedling = Microneedling
    .inline = microneedling
protocol-microneedling-prp = Microneedling con PRP
    .inline = microneedling con PRP
protocol-rf-microneedling = Microneedling con radiofrecuencia
    .inline = microneedling con radiofrecuencia
protocol-at-home-roller = Rodillo en casa
    .inline = rodillo en casa

## Antes de la sesión

prep-stop-actives = Deja de usar retinoides, ácidos AHA/BHA, peróxido de benzoilo y exfoliantes
    .detail = Estos productos hacen que la piel recién tratada arda y se pele. Pregunta a tu profesional si tienes dudas sobre algún producto.
prep-avoid-sun = Evita el sol y no te broncees
    .detail = Tratar la piel quemada por el sol o recién bronceada aumenta el riesgo de irritación y de manchas oscuras. Si te quemas con el sol, avisa a tu clínica; es posible que cambien la fecha de tu cita.
prep-avoid-blood-thinners = Evita el ibuprofeno, la aspirina que tomes por tu cuenta y los suplementos que hacen la sangre más líquida
    .detail = Pueden hacer que sangres más y te salgan más moratones. Si un médico te ha recetado aspirina o un anticoagulante, nunca lo dejes por tu cuenta: pregunta primero al médico que te lo recetó.
prep-no-hair-removal = No uses cera, cremas depilatorias ni electrólisis en la zona
    .detail = Irritan la piel justo antes del tratamiento.
prep-cold-sore-antiviral = Si sueles tener herpes labial, pregunta a tu profesional por un antiviral
    .detail = El tratamiento cerca de la boca puede reactivar un herpes labial. Tu profesional puede sugerirte una pastilla para tomar antes y el mismo día.
prep-rf-antiviral = Si sueles tener herpes labial, pregunta a tu profesional por un antiviral para los días del tratamiento
    .detail = El tratamiento con radiofrecuencia puede reactivar un herpes labial. Tu profesional puede sugerirte una pastilla antes, el mismo día y después.
prep-hydrate = Bebe agua y mantén tu piel hidratada
    .detail = La piel bien hidratada suele sentirse más cómoda después del tratamiento.
prep-clean-skin = Llega con la piel limpia: sin maquillaje, aceites ni lociones
    .detail = Lávate la cara antes de venir.
prep-reschedule-if = Llama a tu clínica para cambiar la cita si en la zona tienes un brote de acné, una infección, herpes labial, una herida abierta o quemadura solar
    .detail = Tratar sobre estas zonas puede extenderlas o hacer que sanen más despacio.
prep-roller-skip-if = No uses el rodillo si en la zona tienes un brote de acné, una infección, herpes labial, una herida abierta o quemadura solar
    .detail = Pasar el rodillo sobre estas zonas puede extenderlas o hacer que sanen más despacio. Espera a que la piel sane y consulta a un médico si tienes dudas.
prep-roller-avoid-sun = Evita el sol y no te broncees
    .detail = Usar el rodillo sobre piel quemada por el sol o recién bronceada aumenta el riesgo de irritación y de manchas oscuras. Espera a que la quemadura sane.
prep-roller-clean-skin = Empieza con la piel limpia: sin maquillaje, aceites ni lociones
    .detail = Lávate la cara antes de usar el rodillo.

## Lo que es normal

expect-redness = Enrojecimiento, como una quemadura solar leve
    .detail = Forma parte de la curación. Suele desaparecer en { $until }.
expect-swelling = Hinchazón leve
    .detail = Suele bajar en { $until }.
expect-pinpoint-bleeding = Pequeños puntos de sangrado
    .detail = Los puntitos de sangre justo después del tratamiento se detienen en pocos minutos. Un sangrado de más de unos puntitos, o que no se detiene con una presión suave, no es normal.
expect-tightness = Tirantez, sensibilidad o una sensación de calor y ardor
    .detail = Es común durante los primeros { $until }. Una crema hidratante suave y sin perfume ayuda.
expect-dryness = Sequedad y descamación ligera
    .detail = Suele empezar pasados { $from } y puede durar hasta unos { $until } después de tu sesión. Deja que las escamas se caigan solas.
expect-bruising = Algunos moratones
    .detail = Son más probables después de un tratamiento más profundo; desaparecen en unos { $until }.
expect-rf-crusting = Pequeñas costras y un leve patrón de cuadrícula
    .detail = Es habitual después del microneedling con radiofrecuencia; desaparece en unos { $until }. No te las arranques.

## Después de la sesión: qué hacer y qué evitar

routine-first-wash = Lávate con un limpiador suave
    .detail = Usa agua tibia y las yemas de los dedos, y luego sécate con toquecitos con una toalla limpia.
routine-daily-check-in = Revisión diaria: ¿cómo notas la piel?
    .detail = Tómate un momento para anotar enrojecimiento, hinchazón o cualquier cosa nueva. Te ayuda a ti y a tu profesional a ver cómo va la recuperación.
routine-daily-spf = Aplica protector solar FPS 30 o más
    .detail = Todas las mañanas, incluso si está nublado, y otra vez cuando estés al aire libre. La protección solar ayuda a que tus resultados duren.
routine-roller-in-clinic = Plantéate hacerte el microneedling en una clínica
    .detail = Los rodillos para usar en casa penetran menos y tienen un mayor riesgo de infección. Un profesional cualificado puede orientarte.
routine-roller-hygiene = Limpia y desinfecta tu rodillo, y nunca lo compartas
    .detail = Déjalo secar en su estuche. Cámbialo según lo recomiende el fabricante.
restrict-unapproved-products = No te pongas en la piel nada que tu profesional no haya aprobado
    .detail = La piel recién tratada absorbe los productos en profundidad; hoy incluso un sérum de vitamina C puede irritarla.
    .lifted = Ya puedes volver a usar los productos suaves que ha aprobado tu profesional.
restrict-makeup = Sin maquillaje
    .detail = Dale tiempo a que se cierren los pequeños canales de tu piel. Cuando vuelvas a maquillarte, el maquillaje mineral es el más suave.
    .lifted = Ya puedes volver a maquillarte. El maquillaje mineral es la opción más suave para empezar.
restrict-workouts = Sin ejercicio intenso ni sudar mucho
    .detail = El sudor y el calor pueden irritar tu piel mientras se recupera.
    .lifted = Ya puedes volver a hacer ejercicio.
restrict-swimming-sauna = Sin natación, sauna, baño de vapor ni jacuzzi
    .detail = El cloro, el calor y el agua compartida pueden irritar o infectar la piel que está sanando.
    .lifted = Ya puedes volver a nadar y a usar la sauna.
restrict-direct-sun = Evita el sol directo
    .detail = La piel que está sanando se quema y se oscurece con más facilidad. Usa sombrero y quédate a la sombra.
    .lifted = Ya puedes volver a exponerte al sol directo, con protector solar FPS 30 o más.
restrict-harsh-products = Usa solo productos suaves y sin perfume; nada de tónicos con alcohol; no te rasques ni te arranques las escamas
    .detail = Los productos fuertes, y rascarte o arrancarte las escamas, pueden irritar la piel o dejar marcas.
    .lifted = Ya puedes volver a tu rutina habitual de cuidado suave de la piel.
restrict-actives = Sin retinoides, ácidos ni vitamina C
    .detail = Son demasiado fuertes para la piel que está sanando.
    .lifted = Ya puedes volver a usar retinoides, ácidos y vitamina C. Empieza poco a poco.
restrict-prp-nsaids = Sin ibuprofeno ni aspirina por tu cuenta
    .detail = Las clínicas piden evitarlos durante { $until } después del PRP. Pregunta a tu profesional qué puedes tomar para las molestias. Si un médico te ha recetado aspirina o un anticoagulante, nunca lo dejes por tu cuenta: pregunta al médico que te lo recetó.
    .lifted = Ya han pasado los { $until } sin ibuprofeno ni aspirina después del PRP. Si no sabes qué tomar, pregunta a tu profesional.
restrict-prp-no-washing = No laves todavía la zona tratada
    .detail = Deja el plasma sobre tu piel durante las primeras horas, o hasta la mañana siguiente si tu profesional te lo ha indicado así.
    .lifted = Ya puedes lavar la zona tratada con suavidad.

## Señales para comentar con tu profesional

flag-fever = Fiebre o escalofríos
    .detail = Contacta con tu profesional ahora. Si te encuentras muy mal, llama a los servicios de emergencias.
flag-pus = Pus, secreción o supuración
    .detail = Contacta con tu profesional ahora para que pueda revisarte.
flag-increasing-warmth-pain = Calor, dolor o hinchazón que aumenta
    .detail = Ha subido { $rise_by } puntos o más, hasta { $min_severity } o más sobre 10. Contacta con tu profesional ahora para que pueda revisarte.
flag-bleeding = Sangrado que no se detiene con una presión suave
    .detail = Con un sangrado de { $min_severity } o más sobre 10, avisa a tu profesional ahora. En una emergencia, llama a los servicios de emergencias.
flag-severe-pain = Dolor intenso ({ $min_severity } o más sobre 10)
    .detail = Contacta con tu profesional ahora.
flag-redness-worsening = Enrojecimiento que empeora pasados los primeros { $from }
    .detail = A estas alturas el enrojecimiento ya debería estar disminuyendo. Avisa a tu profesional.
flag-swelling-worsening = Hinchazón que empeora pasados los primeros { $from }
    .detail = A estas alturas la hinchazón ya debería estar bajando. Avisa a tu profesional.
flag-redness-persisting = Enrojecimiento que sigue pasados { $from }
    .detail = Avisa a tu profesional para que pueda revisar tu piel.
flag-swelling-persisting = Hinchazón que sigue pasados { $from }
    .detail = Avisa a tu profesional para que pueda revisar tu piel.
flag-cold-sore = Ampollas agrupadas cerca de los labios
    .detail = Avisa a tu profesional hoy.
flag-blisters = Ampollas en la zona tratada
    .detail = Avisa a tu profesional hoy.
flag-rash-hives = Un sarpullido con picor o ronchas
    .detail = Avisa a tu profesional hoy.
flag-late-bumps = Protuberancias firmes que aparecen semanas después
    .detail = Avisa a tu profesional para que pueda revisarte.
flag-dark-patches = Aparición de manchas oscuras
    .detail = Avisa a tu profesional; sigue usando protector solar todos los días.
flag-rf-burn = Una sensación de quemazón fuerte ({ $min_severity } o más sobre 10) o ampollas
    .detail = La radiofrecuencia puede quemar la piel. Avisa a tu profesional hoy.
flag-roller-warmth = Piel que sigue caliente { $from } después de usar el rodillo
    .detail = El tratamiento en casa tiene un mayor riesgo de infección. Deja que un profesional sanitario te revise.
flag-roller-breakouts = Granitos o protuberancias { $from } o más después de usar el rodillo
    .detail = El tratamiento en casa tiene un mayor riesgo de infección. Deja que un profesional sanitario te revise.

## Serie de sesiones

series-microneedling = Tu serie de microneedling
    .detail = Los resultados se van notando a lo largo de varias sesiones separadas por unas 4 a 6 semanas, mientras el colágeno sigue formándose durante semanas o meses.
series-microneedling-prp = Tu serie de microneedling con PRP
    .detail = Por lo general, de 4 a 6 sesiones separadas por unas 4 semanas.
