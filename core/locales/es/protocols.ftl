# Textos de los protocolos incluidos. El valor del mensaje de una regla es su título; atributos:
#   .detail  una o dos frases de explicación (opcional)
#   .lifted  solo restricciones: lo que escucha el paciente cuando terminan
# Mantén el tono de una hoja amable de la clínica: palabras sencillas, sin diagnósticos, el profesional va primero.
# Cada mensaje recibe `$who`: `provider`, o `professional` tras un tratamiento en casa (sin profesional
# que le atendiera: «un profesional sanitario»). Los mensajes `who-*` de app.ftl tienen las frases comunes.

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
    .detail = Estos productos hacen que la piel recién tratada arda y se pele. Pregunta a { who-your-provider } si tienes dudas sobre algún producto.
prep-avoid-sun = Evita el sol y no te broncees
    .detail = Tratar la piel quemada por el sol o recién bronceada aumenta el riesgo de irritación y de manchas oscuras. Si te quemas con el sol, avisa a tu clínica; es posible que cambien la fecha de tu cita.
prep-avoid-blood-thinners = Evita el ibuprofeno, la aspirina que tomes por tu cuenta y los suplementos que hacen la sangre más líquida
    .detail = Pueden hacer que sangres más y te salgan más moratones. Si un médico te ha recetado aspirina o un anticoagulante, nunca lo dejes por tu cuenta: pregunta primero al médico que te lo recetó.
prep-no-hair-removal = No uses cera, cremas depilatorias ni electrólisis en la zona
    .detail = Irritan la piel justo antes del tratamiento.
prep-cold-sore-antiviral = { $who ->
        [professional] Si sueles tener herpes labial, pregunta a un médico o farmacéutico por un antiviral antes de usar el rodillo
       *[provider] Si sueles tener herpes labial, pregunta a tu profesional por un antiviral al pedir la cita
    }
    .detail = { $who ->
        [professional] Pregúntalo con tiempo: las pastillas se empiezan a tomar antes.
       *[provider] Pregúntalo al pedir la cita, con tiempo: las pastillas se empiezan a tomar antes de la sesión.
    } El tratamiento cerca de la boca puede reactivar un herpes labial.
prep-rf-antiviral = Si sueles tener herpes labial, pregunta a tu profesional por un antiviral al pedir la cita
    .detail = Pregúntalo al pedir la cita, con tiempo: las pastillas se empiezan a tomar antes de la sesión y se siguen tomando el mismo día y después. La radiofrecuencia puede reactivar un herpes labial.
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
expect-swelling = Algo de hinchazón
    .detail = Suele aumentar durante la primera noche y notarse más a la mañana siguiente; normalmente baja en { $until }. Una compresa fría envuelta en un paño limpio, unos minutos cada vez, puede aliviarla.
expect-swelling-prp = Algo de hinchazón
    .detail = Después del PRP puede durar hasta { $until }. Se nota más las primeras mañanas. Una compresa fría envuelta en un paño limpio, unos minutos cada vez, puede aliviarla.
expect-pinpoint-bleeding = Pequeños puntos de sangrado
    .detail = Los puntitos de sangre justo después del tratamiento se detienen en pocos minutos. Un sangrado de más de unos puntitos, o que no se detiene con una presión suave, no es normal.
expect-tightness = Tirantez, sensibilidad o una sensación de calor y ardor
    .detail = Es común durante los primeros { $until }. Una crema hidratante suave y sin perfume ayuda. Para las molestias, lo habitual es el paracetamol, tomado como indica el prospecto; pregunta a { who-your-provider } antes de tomar ibuprofeno o aspirina, que pueden empeorar los moratones. Si un médico te recetó aspirina o un anticoagulante, nunca lo dejes por tu cuenta.
expect-mild-itching = Un picor leve mientras la piel se cura
    .detail = Es habitual notar algo de picor durante los primeros { $until }, sobre todo cuando la piel se seca y se descama. No te rasques ni te arranques las escamas; una crema hidratante suave ayuda. Un picor fuerte, o ronchas, no forma parte de una curación normal.
expect-numbness = Adormecimiento por la crema anestésica
    .detail = La crema anestésica del tratamiento puede dejar la piel adormecida durante las primeras { $until }.
expect-dryness = Sequedad y descamación ligera
    .detail = Suele empezar pasados { $from } y puede durar hasta unos { $until } después de tu sesión. Deja que las escamas se caigan solas.
expect-bruising = Algunos moratones
    .detail = Son más probables después de un tratamiento más profundo; desaparecen en unos { $until }.
expect-rf-crusting = Pequeñas costras y un leve patrón de cuadrícula
    .detail = Es habitual después del microneedling con radiofrecuencia; desaparece en unos { $until }. No te las arranques.
expect-rf-grid-redness = Un enrojecimiento leve y marcas en cuadrícula
    .detail = Después del microneedling con radiofrecuencia, un enrojecimiento leve y un patrón de pequeñas marcas en cuadrícula pueden durar hasta { $until }.
expect-prp-draw-site = Un pequeño moratón o molestias donde te han sacado sangre
    .detail = Desaparece en unos días. Avisa a tu profesional si el brazo se hincha, se pone rojo o caliente, o notas la mano adormecida o con hormigueo.

## Después de la sesión: qué hacer y qué evitar

routine-first-wash = Lávate con un limpiador suave
    .detail = Usa agua tibia y las yemas de los dedos, y luego sécate con toquecitos con una toalla limpia.
routine-daily-check-in = Revisión diaria: ¿cómo notas la piel?
    .detail = Tómate un momento para anotar enrojecimiento, hinchazón o cualquier cosa nueva. Te ayuda a ti y a { who-your-provider } a ver cómo va la recuperación.
routine-daily-spf = Aplica protector solar FPS 30 o más
    .detail = Todas las mañanas, incluso si está nublado, y otra vez cuando estés al aire libre. El primer día, usa un protector solar { $who ->
        [professional] para piel sensible
       *[provider] que haya aprobado tu profesional
    }: los minerales (con óxido de zinc o dióxido de titanio) son los más suaves. La protección solar ayuda a que tus resultados duren.
routine-clean-hands = Manos limpias y una funda de almohada limpia
    .detail = Los primeros días, la piel recién tratada deja entrar los gérmenes con más facilidad. Lávate las manos antes de tocarla y duerme esta noche sobre una funda de almohada recién lavada.
routine-roller-in-clinic = Plantéate hacerte el microneedling en una clínica
    .detail = Los rodillos para usar en casa penetran menos y tienen un mayor riesgo de infección. Un profesional cualificado puede orientarte.
routine-roller-technique = Agujas cortas, sin apretar, y nada de rodillo hasta que la piel se haya curado
    .detail = Los rodillos para casa son para agujas cortas; las más largas son cosa de una clínica. Pásalo sin apretar: presionar fuerte rompe la piel. Si tienes la piel en carne viva, abierta o irritada, deja de usar el rodillo hasta que se haya curado del todo.
routine-roller-hygiene = Limpia y desinfecta tu rodillo, y nunca lo compartas
    .detail = Déjalo secar en su estuche. Cámbialo según lo recomiende el fabricante.
restrict-unapproved-products = { $who ->
        [professional] En la piel, solo una crema hidratante suave y protector solar
       *[provider] No te pongas en la piel nada que tu profesional no haya aprobado
    }
    .detail = La piel recién tratada absorbe los productos en profundidad; hoy incluso un sérum de vitamina C puede irritarla. { $who ->
        [professional] Una crema hidratante suave sin perfume y un protector solar mineral están bien.
       *[provider] Un protector solar que haya aprobado tu profesional está bien.
    }
    .lifted = { $who ->
        [professional] Ya puedes volver a tu cuidado suave de la piel.
       *[provider] Ya puedes volver a usar los productos suaves que ha aprobado tu profesional.
    }
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

flag-airway = Hinchazón de los labios, la lengua o la garganta, o dificultad para respirar o tragar
    .detail = Puede ser una reacción alérgica grave. Llama ahora a emergencias.
flag-faint-with-reaction = Sensación de desmayo con ronchas o hinchazón
    .detail = Juntas pueden ser una reacción alérgica grave. Llama ahora a emergencias.
flag-vision = Un cambio en la vista
    .detail = Llama ahora a emergencias.
flag-fever = Fiebre o escalofríos
    .detail = { who-contact-now }. La fiebre puede volver cuando se pasa el efecto del paracetamol: una medición normal no significa que se haya acabado.
flag-fever-measured = Una temperatura de { $min_temperature } o más
    .detail = { who-contact-now }. Vuelve a medirla cuando se haya pasado el efecto del paracetamol: una medición normal no significa que la fiebre se haya acabado.
flag-pus = Pus, secreción o supuración
    .detail = { who-contact-now } para que puedan revisarte.
flag-spreading-redness = Enrojecimiento que se extiende más allá de la zona tratada, o líneas rojas
    .detail = Puede ser un signo de infección. { who-contact-now }.
flag-increasing-warmth-pain = Calor o dolor que va a más
    .detail = Por ejemplo, un dolor que había mejorado y vuelve con más fuerza. { who-contact-now } para que puedan revisarte.
flag-increasing-swelling = Hinchazón que aumenta cuando debería estar bajando
    .detail = La hinchazón suele aumentar durante la primera noche y luego bajar. Si sube después, o se vuelve intensa, hay que revisarla. { who-contact-now }.
flag-eye = Dolor en el ojo, o un ojo tan hinchado que no se abre
    .detail = { who-contact-now }. Si notas un cambio en la vista, llama a emergencias.
flag-eye-swelling = Hinchazón intensa alrededor de los ojos ({ $min_severity } o más sobre 10)
    .detail = Un ojo que no se abre por la hinchazón, o que duele, hay que revisarlo. { who-contact-now }. Si notas un cambio en la vista, llama a emergencias.
flag-lip-swelling = Hinchazón intensa de los labios ({ $min_severity } o más sobre 10)
    .detail = { who-contact-now }. Si se te hincha la lengua o la garganta, o te cuesta respirar o tragar, llama a emergencias.
flag-swelling-with-hives = Hinchazón con ronchas
    .detail = Juntas pueden ser una reacción alérgica. { who-contact-now }. Si se te hinchan los labios, la lengua o la garganta, o te cuesta respirar, llama a emergencias.
flag-swelling-with-itch = Hinchazón marcada con un picor intenso
    .detail = Juntos pueden ser una reacción alérgica a un producto que te han puesto en la piel. { who-contact-now }. Si se te hinchan los labios, la lengua o la garganta, o te cuesta respirar, llama a emergencias.
flag-bleeding = Sangrado que no se detiene con una presión suave
    .detail = Presiona con suavidad con un paño limpio. Un sangrado de { $min_severity } o más sobre 10 hay que revisarlo ya: { who-contact-now-lower }. Si no para, llama a emergencias.
flag-severe-pain = Dolor intenso ({ $min_severity } o más sobre 10)
    .detail = { who-contact-now }.
flag-redness-worsening = Enrojecimiento que empeora a partir del día { $from_day }
    .detail = A estas alturas el enrojecimiento ya debería estar disminuyendo. { who-tell-today }.
flag-swelling-worsening = Hinchazón que empeora a partir del día { $from_day }
    .detail = A estas alturas la hinchazón ya debería estar bajando. { who-tell-today }.
flag-redness-persisting = Enrojecimiento que sigue el día { $from_day } o más tarde
    .detail = { who-tell-today } para que puedan revisar tu piel.
flag-swelling-persisting = Hinchazón que sigue el día { $from_day } o más tarde
    .detail = { who-tell-today } para que puedan revisar tu piel.
flag-cold-sore = Ampollas agrupadas cerca de los labios
    .detail = { who-tell-today }.
flag-blisters = Ampollas en la zona tratada
    .detail = { who-tell-today }.
flag-rash-hives = Ronchas o un sarpullido que pica
    .detail = Puede ser una reacción a un producto que te han puesto en la piel. { who-tell-today }. Si se te hinchan los labios, la lengua o la garganta, o te cuesta respirar o tragar, llama ahora a emergencias.
flag-strong-itching = Picor fuerte ({ $min_severity } o más sobre 10)
    .detail = Puede ser una reacción a un producto que te han puesto en la piel. { who-tell-today }. Si además te salen ronchas o se te hinchan los labios, la lengua o la garganta, o te cuesta respirar, llama ahora a emergencias.
flag-raw-skin = Piel abierta, en carne viva o que supura líquido claro
    .detail = { $who ->
        [professional] Deja de usar el rodillo y mantén la piel limpia. Consulta hoy con un profesional sanitario para que te la revise.
       *[provider] Mantén la piel limpia y no la tapes con maquillaje. Avisa hoy a tu profesional.
    }
flag-numbness = Adormecimiento u hormigueo el día { $from_day } o más tarde
    .detail = La crema anestésica deja de hacer efecto en unas horas. { who-tell-today }.
flag-unexpected-strong = Un síntoma fuerte ({ $min_severity } o más sobre 10) que no es de esperar en este momento
    .detail = Un síntoma tan fuerte que ya debería haber pasado, o que no forma parte de una curación normal, hay que revisarlo, aunque sea la primera vez que lo anotas. { who-tell-today }.
flag-late-bumps = Protuberancias firmes que aparecen semanas después
    .detail = { who-tell-today } para que puedan revisarte.
flag-dark-patches = Aparición de manchas oscuras
    .detail = { who-tell-today }; sigue usando protector solar todos los días.
flag-rf-burn = Una sensación de quemazón fuerte ({ $min_severity } o más sobre 10) o ampollas
    .detail = La radiofrecuencia puede quemar la piel. { who-tell-today }.
flag-rf-burn-skin = Piel blanquecina, grisácea u oscurecida después de la radiofrecuencia
    .detail = La radiofrecuencia puede quemar la piel. { who-tell-today }.
flag-prp-draw-site = Dolor, hinchazón o enrojecimiento donde te han sacado sangre ({ $min_severity } o más sobre 10)
    .detail = { who-tell-today }. Si notas la mano o el brazo adormecidos o con hormigueo, o el brazo se hincha mucho, { who-contact-now-lower }.
flag-roller-warmth = Piel que sigue caliente { $from } después de usar el rodillo
    .detail = El tratamiento en casa tiene un mayor riesgo de infección. { who-tell-today }.
flag-roller-breakouts = Granitos o protuberancias { $from } o más después de usar el rodillo
    .detail = El tratamiento en casa tiene un mayor riesgo de infección. { who-tell-today }.

## Serie de sesiones

series-microneedling = Tu serie de microneedling
    .detail = Los resultados se van notando a lo largo de varias sesiones separadas por unas 4 a 6 semanas, mientras el colágeno sigue formándose durante semanas o meses.
series-microneedling-prp = Tu serie de microneedling con PRP
    .detail = Por lo general, de 4 a 6 sesiones separadas por unas 4 semanas.
