# Texts of the built-in protocols. A rule's message value is its title; attributes:
#   .detail  one or two sentences of explanation (optional)
#   .lifted  restrictions only: what the patient hears when it ends
# Keep the tone of a kind clinic sheet: plain words, no diagnosis, the provider comes first.

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
    .detail = These make freshly treated skin sting and peel. Ask your provider if you are unsure about a product.
prep-avoid-sun = Stay out of the sun and skip tanning
    .detail = Treating sunburned or freshly tanned skin raises the risk of irritation and dark patches. If you do get sunburned, let your clinic know; they may reschedule.
prep-avoid-blood-thinners = Avoid ibuprofen, aspirin you take on your own, and blood-thinning supplements
    .detail = They can make you bleed and bruise more. If a doctor prescribed aspirin or a blood thinner, never stop it on your own: ask the doctor who prescribed it first.
prep-no-hair-removal = No waxing, depilatory creams or electrolysis on the area
    .detail = These irritate the skin right before treatment.
prep-cold-sore-antiviral = If you get cold sores, ask your provider about an antiviral
    .detail = Treatment near the mouth can bring back a cold sore. Your provider may suggest a tablet to take before and on the day.
prep-rf-antiviral = If you get cold sores, ask your provider about an antiviral around your treatment
    .detail = Radiofrequency treatment can bring back a cold sore. Your provider may suggest a tablet before, on the day and after.
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
    .detail = This is your skin starting to heal. It usually fades within { $until }.
expect-swelling = Mild swelling
    .detail = It usually settles within { $until }.
expect-pinpoint-bleeding = Tiny pinpoint bleeding
    .detail = Small spots of blood just after treatment stop within minutes. Bleeding that is more than a few spots, or that does not stop with gentle pressure, is not normal.
expect-tightness = Tightness, sensitivity or a warm, stinging feeling
    .detail = Common for the first { $until }. A gentle, fragrance-free moisturiser helps.
expect-dryness = Dryness and light flaking
    .detail = Often starts after { $from } and can last until about { $until } after your session. Let flakes come off on their own.
expect-bruising = Some bruising
    .detail = More likely after deeper treatment; it fades within about { $until }.
expect-rf-crusting = Small crusts and a faint grid pattern
    .detail = Common after radiofrequency microneedling; it fades within about { $until }. Do not pick them.

## After the session: what to do and what to avoid

routine-first-wash = Wash gently with a mild cleanser
    .detail = Use lukewarm water and your fingertips, then pat dry with a clean towel.
routine-daily-check-in = Daily check-in: how does your skin feel?
    .detail = Take a moment to log redness, swelling or anything new. It helps you and your provider see how healing is going.
routine-daily-spf = Apply SPF 30 or higher
    .detail = Every morning, even when it is cloudy, and again when you are outdoors. Sun protection helps your results last.
routine-roller-in-clinic = Consider having microneedling done in a clinic
    .detail = At-home rollers reach less deep and carry a higher risk of infection. A qualified provider can advise you.
routine-roller-hygiene = Clean and disinfect your roller, and never share it
    .detail = Let it dry in its case. Replace it as the maker recommends.
restrict-unapproved-products = Put nothing on your skin that your provider has not approved
    .detail = Freshly treated skin absorbs products deeply; even vitamin C serum can irritate today.
    .lifted = You can go back to gentle products your provider approved.
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

flag-fever = Fever or chills
    .detail = Contact your provider now. If you feel very unwell, call emergency services.
flag-pus = Pus, drainage or oozing
    .detail = Contact your provider now so they can take a look.
flag-increasing-warmth-pain = Warmth, pain or swelling that is increasing
    .detail = It rose { $rise_by } points or more, to { $min_severity } or more out of 10. Contact your provider now so they can take a look.
flag-bleeding = Bleeding that does not stop with gentle pressure
    .detail = Bleeding at { $min_severity } or more out of 10 needs your provider now. In an emergency, call emergency services.
flag-severe-pain = Severe pain ({ $min_severity } or more out of 10)
    .detail = Contact your provider now.
flag-redness-worsening = Redness getting worse after the first { $from }
    .detail = Redness should be fading by now. Let your provider know.
flag-swelling-worsening = Swelling getting worse after the first { $from }
    .detail = Swelling should be going down by now. Let your provider know.
flag-redness-persisting = Redness still there after { $from }
    .detail = Let your provider know so they can check on your skin.
flag-swelling-persisting = Swelling still there after { $from }
    .detail = Let your provider know so they can check on your skin.
flag-cold-sore = Clustered blisters near your lips
    .detail = Let your provider know today.
flag-blisters = Blisters on the treated area
    .detail = Let your provider know today.
flag-rash-hives = An itchy rash or hives
    .detail = Let your provider know today.
flag-late-bumps = Firm bumps or lumps appearing weeks later
    .detail = Let your provider know so they can take a look.
flag-dark-patches = Dark patches appearing
    .detail = Let your provider know; keep using SPF every day.
flag-rf-burn = A strong burning feeling ({ $min_severity } or more out of 10) or blisters
    .detail = Radiofrequency can burn the skin. Let your provider know today.
flag-roller-warmth = Skin that still feels warm { $from } after rolling
    .detail = At-home treatment carries a higher risk of infection. Let a healthcare provider take a look.
flag-roller-breakouts = Breakouts or bumps { $from } or more after rolling
    .detail = At-home treatment carries a higher risk of infection. Let a healthcare provider take a look.

## Series

series-microneedling = Your microneedling series
    .detail = Results build over several sessions about 4 to 6 weeks apart, while collagen keeps forming for weeks to months.
series-microneedling-prp = Your PRP microneedling series
    .detail = Usually 4 to 6 sessions about 4 weeks apart.
