# Texts of the built-in protocols. A rule's message value is its title; attributes:
#   .detail  one or two sentences of explanation (optional)
#   .lifted  restrictions only: what the patient hears when it ends
# Keep the tone of a kind clinic sheet: plain words, no diagnosis, the provider comes first.
# Every message gets `$who`: `provider`, or `professional` after an at-home treatment (no provider:
# say "a healthcare professional"). `who-*` messages in app.ftl hold the common phrases.

## Protocol names

protocol-microneedling = Microneedling
    .inline = microneedling
protocol-microneedling-prp = Microneedling with PRP
    .inline = microneedling with PRP
protocol-rf-microneedling = RF microneedling
    .inline = RF microneedling
protocol-at-home-roller = At-home roller
    .inline = at-home roller

## Before the session

prep-stop-actives = Stop retinoids, AHA/BHA acids, benzoyl peroxide and scrubs
    .detail = These make freshly treated skin sting and peel. Ask { who-your-provider } if you are unsure about a product.
prep-avoid-sun = Stay out of the sun and skip tanning
    .detail = Treating sunburned or freshly tanned skin raises the risk of irritation and dark patches. If you do get sunburned, let your clinic know; they may reschedule.
prep-avoid-blood-thinners = Avoid ibuprofen, aspirin you take on your own, and blood-thinning supplements
    .detail = They can make you bleed and bruise more. If a doctor prescribed aspirin or a blood thinner, never stop it on your own: ask the doctor who prescribed it first.
prep-no-hair-removal = No waxing, depilatory creams or electrolysis on the area
    .detail = These irritate the skin right before treatment.
prep-cold-sore-antiviral = { $who ->
        [professional] If you get cold sores, ask a doctor or pharmacist about an antiviral before you roll
       *[provider] If you get cold sores, ask your provider about an antiviral when you book
    }
    .detail = { $who ->
        [professional] Ask well before you roll: the tablets are started before it.
       *[provider] Ask when you book, well before your session: the tablets are started before it.
    } Treatment near the mouth can bring back a cold sore.
prep-rf-antiviral = If you get cold sores, ask your provider about an antiviral when you book
    .detail = Ask when you book, well before your session: the tablets are started before it and taken on the day and after. Radiofrequency treatment can bring back a cold sore.
prep-hydrate = Drink water and keep your skin moisturised
    .detail = Well-hydrated skin tends to feel more comfortable after treatment.
prep-clean-skin = Arrive with clean skin: no makeup, oils or lotions
    .detail = Wash your face before you come in.
prep-reschedule-if = Call your clinic to reschedule if the area has acne flaring, an infection, a cold sore, an open wound or sunburn
    .detail = Treating over these can spread them or slow healing.
prep-roller-skip-if = Do not roll if the area has acne flaring, an infection, a cold sore, an open wound or sunburn
    .detail = Rolling over these can spread them or slow healing. Wait until the skin has healed, and ask a doctor if you are unsure.
prep-roller-avoid-sun = Stay out of the sun and skip tanning
    .detail = Rolling over sunburned or freshly tanned skin raises the risk of irritation and dark patches. Wait until a sunburn has healed.
prep-roller-clean-skin = Start with clean skin: no makeup, oils or lotions
    .detail = Wash your face before you roll.

## What is normal

expect-redness = Redness, like a mild sunburn
    .detail = It is part of your skin starting to heal. It usually fades within { $until }.
expect-swelling = Some swelling
    .detail = It often builds over the first night and is most noticeable the next morning; it usually settles within { $until }. A cool compress wrapped in a clean cloth, a few minutes at a time, can ease it.
expect-swelling-prp = Some swelling
    .detail = After PRP it can last up to { $until }. It is most noticeable the first mornings. A cool compress wrapped in a clean cloth, a few minutes at a time, can ease it.
expect-pinpoint-bleeding = Tiny pinpoint bleeding
    .detail = Small spots of blood just after treatment stop within minutes. Bleeding that is more than a few spots, or that does not stop with gentle pressure, is not normal.
expect-tightness = Tightness, sensitivity or a warm, stinging feeling
    .detail = Common for the first { $until }. A gentle, fragrance-free moisturiser helps. For discomfort, paracetamol (acetaminophen) taken as the label says is the usual choice; ask { who-your-provider } before taking ibuprofen or aspirin, which can make bruising worse. If a doctor prescribed aspirin or a blood thinner, never stop it on your own.
expect-mild-itching = Mild itching as the skin heals
    .detail = Light itching, most often as the skin dries and flakes, is common in the first { $until }. Do not scratch or pick; a gentle moisturiser helps. Strong itching, or hives, is not part of normal healing.
expect-numbness = Numbness from the numbing cream
    .detail = The numbing cream used for the treatment can leave the skin numb for the first { $until }.
expect-dryness = Dryness and light flaking
    .detail = Often starts after { $from } and can last until about { $until } after your session. Let flakes come off on their own.
expect-bruising = Some bruising
    .detail = More likely after deeper treatment; it fades within about { $until }.
expect-rf-crusting = Small crusts and a faint grid pattern
    .detail = Common after radiofrequency microneedling; it fades within about { $until }. Do not pick them.
expect-rf-grid-redness = Faint redness and grid marks
    .detail = After radiofrequency microneedling, faint redness and a grid pattern of small marks can last up to { $until }.
expect-prp-draw-site = A small bruise or tenderness where blood was drawn
    .detail = It fades over a few days. Let your provider know if the arm swells, turns red or hot, or your hand feels numb or tingly.

## After the session: what to do and what to avoid

routine-first-wash = Wash gently with a mild cleanser
    .detail = Use lukewarm water and your fingertips, then pat dry with a clean towel.
routine-daily-check-in = Daily check-in: how does your skin feel?
    .detail = Take a moment to log redness, swelling or anything new. It helps you and { who-your-provider } see how healing is going.
routine-daily-spf = Apply SPF 30 or higher
    .detail = Every morning, even when it is cloudy, and again when you are outdoors. On the first day, use a sunscreen { $who ->
        [professional] made for sensitive skin
       *[provider] your provider approved
    }: mineral sunscreens (zinc oxide or titanium dioxide) are the gentlest. Sun protection helps your results last.
routine-clean-hands = Clean hands and a clean pillowcase
    .detail = For the first days, freshly treated skin lets germs in more easily. Wash your hands before you touch it, and sleep on a fresh pillowcase tonight.
routine-roller-in-clinic = Consider having microneedling done in a clinic
    .detail = At-home rollers reach less deep and carry a higher risk of infection. A qualified provider can advise you.
routine-roller-technique = Short needles, a light touch, and no rolling until your skin has healed
    .detail = Home rollers are made for short needles; longer ones belong in a clinic. Roll lightly: pressing hard breaks the skin. If your skin is raw, broken or irritated, stop rolling until it has fully healed.
routine-roller-hygiene = Clean and disinfect your roller, and never share it
    .detail = Let it dry in its case. Replace it as the maker recommends.
restrict-unapproved-products = { $who ->
        [professional] Only a gentle moisturiser and sunscreen on your skin
       *[provider] Put nothing on your skin that your provider has not approved
    }
    .detail = Freshly treated skin absorbs products deeply; even vitamin C serum can irritate today. { $who ->
        [professional] A gentle, fragrance-free moisturiser and a mineral sunscreen are fine.
       *[provider] A sunscreen your provider approved is fine.
    }
    .lifted = { $who ->
        [professional] You can go back to your gentle skincare.
       *[provider] You can go back to gentle products your provider approved.
    }
restrict-makeup = No makeup
    .detail = Give the tiny channels in your skin time to close. When you start again, mineral makeup is gentlest.
    .lifted = You can wear makeup again. Mineral makeup is the gentlest start.
restrict-workouts = No intense workouts or heavy sweating
    .detail = Sweat and heat can irritate your skin while it settles.
    .lifted = You can work out again.
restrict-swimming-sauna = No swimming, sauna, steam room or hot tub
    .detail = Chlorine, heat and shared water can irritate or infect healing skin.
    .lifted = You can swim and use the sauna again.
restrict-direct-sun = Avoid direct sun
    .detail = Healing skin burns and darkens more easily. Wear a hat and stay in the shade.
    .lifted = Direct sun is fine again, with SPF 30 or higher.
restrict-harsh-products = Use only gentle, fragrance-free products; no alcohol toners; do not pick flakes
    .detail = Harsh products and picking can irritate the skin or leave marks.
    .lifted = You can go back to your usual gentle skincare.
restrict-actives = No retinoids, acids or vitamin C
    .detail = These are too strong for healing skin.
    .lifted = You can resume retinoids, acids and vitamin C. Start slowly.
restrict-prp-nsaids = No ibuprofen or aspirin you take on your own
    .detail = Clinics ask you to avoid them for { $until } after PRP. Ask your provider what you can take for discomfort. If a doctor prescribed aspirin or a blood thinner, never stop it on your own: ask the doctor who prescribed it.
    .lifted = The { $until } without ibuprofen or aspirin after PRP are over. If you are unsure what to take, ask your provider.
restrict-prp-no-washing = Do not wash the treated area yet
    .detail = Leave the plasma on your skin for the first hours, or until the next morning if your provider said so.
    .lifted = You can wash the treated area gently now.

## Signs to tell your provider about

flag-airway = Swelling of the lips, tongue or throat, or trouble breathing or swallowing
    .detail = This can be a serious allergic reaction. Call emergency services now.
flag-faint-with-reaction = Feeling faint with hives or swelling
    .detail = Together they can be a serious allergic reaction. Call emergency services now.
flag-vision = A change in your vision
    .detail = Call emergency services now.
flag-fever = Fever or chills
    .detail = { who-contact-now }. A fever can come back when paracetamol wears off: one normal reading does not mean it is over.
flag-fever-measured = A temperature of { $min_temperature } or more
    .detail = { who-contact-now }. Measure again when paracetamol has worn off: one normal reading does not mean the fever is over.
flag-pus = Pus, drainage or oozing
    .detail = { who-contact-now } so they can take a look.
flag-spreading-redness = Redness spreading beyond the treated area, or red streaks
    .detail = It can be a sign of infection. { who-contact-now }.
flag-increasing-warmth-pain = Warmth or pain that is getting worse
    .detail = For example, pain that had eased and comes back stronger. { who-contact-now } so they can take a look.
flag-increasing-swelling = Swelling that gets worse when it should be settling
    .detail = Swelling usually builds over the first night and then goes down. Swelling that rises after that, or becomes severe, needs a look. { who-contact-now }.
flag-eye = Eye pain, or an eye swollen shut
    .detail = { who-contact-now }. If your vision changes, call emergency services.
flag-eye-swelling = Severe swelling around the eyes ({ $min_severity } or more out of 10)
    .detail = An eye that is swollen shut or painful needs a look. { who-contact-now }. If your vision changes, call emergency services.
flag-lip-swelling = Severe swelling of the lips ({ $min_severity } or more out of 10)
    .detail = { who-contact-now }. If your tongue or throat swells, or breathing or swallowing gets hard, call emergency services.
flag-swelling-with-hives = Swelling with hives
    .detail = Together they can be an allergic reaction. { who-contact-now }. If your lips, tongue or throat swell, or breathing gets hard, call emergency services.
flag-swelling-with-itch = Marked swelling with severe itching
    .detail = Together they can be an allergic reaction to a product used on your skin. { who-contact-now }. If your lips, tongue or throat swell, or breathing gets hard, call emergency services.
flag-bleeding = Bleeding that does not stop with gentle pressure
    .detail = Press gently with a clean cloth. Bleeding at { $min_severity } or more out of 10 needs a look now: { who-contact-now-lower }. If it does not stop, call emergency services.
flag-severe-pain = Severe pain ({ $min_severity } or more out of 10)
    .detail = { who-contact-now }.
flag-redness-worsening = Redness getting worse from day { $from_day }
    .detail = Redness should be fading by now. { who-tell-today }.
flag-swelling-worsening = Swelling getting worse from day { $from_day }
    .detail = Swelling should be going down by now. { who-tell-today }.
flag-redness-persisting = Redness still there on day { $from_day } or later
    .detail = { who-tell-today } so they can check on your skin.
flag-swelling-persisting = Swelling still there on day { $from_day } or later
    .detail = { who-tell-today } so they can check on your skin.
flag-cold-sore = Clustered blisters near your lips
    .detail = { who-tell-today }.
flag-blisters = Blisters on the treated area
    .detail = { who-tell-today }.
flag-rash-hives = Hives or an itchy rash
    .detail = It can be a reaction to a product used on your skin. { who-tell-today }. If your lips, tongue or throat swell, or breathing or swallowing gets hard, call emergency services now.
flag-strong-itching = Strong itching ({ $min_severity } or more out of 10)
    .detail = It can be a reaction to a product used on your skin. { who-tell-today }. If you also get hives or swelling of the lips, tongue or throat, or breathing gets hard, call emergency services now.
flag-raw-skin = Broken, raw or weeping skin
    .detail = { $who ->
        [professional] Stop rolling and keep the skin clean. Let a healthcare professional take a look today.
       *[provider] Keep the skin clean and do not cover it with makeup. Let your provider know today.
    }
flag-numbness = Numbness or tingling on day { $from_day } or later
    .detail = The numbing cream wears off within hours. { who-tell-today }.
flag-unexpected-strong = A strong symptom ({ $min_severity } or more out of 10) that is not expected at this point
    .detail = A symptom this strong that should have settled by now, or that is not part of normal healing, needs a look, even if it is the first time you log it. { who-tell-today }.
flag-late-bumps = Firm lumps appearing weeks later
    .detail = { who-tell-today } so they can take a look.
flag-dark-patches = Dark patches appearing
    .detail = { who-tell-today }; keep using SPF every day.
flag-rf-burn = A strong burning feeling ({ $min_severity } or more out of 10) or blisters
    .detail = Radiofrequency can burn the skin. { who-tell-today }.
flag-rf-burn-skin = White, grey or darkened skin after radiofrequency
    .detail = Radiofrequency can burn the skin. { who-tell-today }.
flag-prp-draw-site = Pain, swelling or redness where blood was drawn ({ $min_severity } or more out of 10)
    .detail = { who-tell-today }. If your hand or arm feels numb or tingly, or the arm swells a lot, { who-contact-now-lower }.
flag-roller-warmth = Skin that still feels warm { $from } after rolling
    .detail = At-home treatment carries a higher risk of infection. { who-tell-today }.
flag-roller-breakouts = Breakouts or bumps { $from } or more after rolling
    .detail = At-home treatment carries a higher risk of infection. { who-tell-today }.

## Series

series-microneedling = Your microneedling series
    .detail = Results build over several sessions about 4 to 6 weeks apart, while collagen keeps forming for weeks to months.
series-microneedling-prp = Your PRP microneedling series
    .detail = Usually 4 to 6 sessions about 4 weeks apart.
