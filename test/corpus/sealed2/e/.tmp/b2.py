import sys; sys.path.insert(0,".tmp")
from lib import *
E=[]
def add(fn,cat,lang,direction,expect,note=""):
    E.append({"file":fn,"category":cat,"language":lang,"direction":direction,"expect":expect,"note":note})
B="bad_timing"
def bt(reason,**kw):
    d=dict(intent=reason,optOut=False,suppress=True,suppressReason=reason,creates="none"); d.update(kw); return d

fn,_=call(17,"texts-to-customers-went-quiet",start="2026-12-03T14:21:07Z",frm="+17135550161",
 caller={"timezone":"America/Chicago"},
 turns=[("agent","Plumline, Rowan speaking. How can I help?"),
 ("caller","Hey, Odalys from Ferreira Plumbing. So, um, those little messages that go out, the ones that tell the customer 'your tech is on the way, window eight to ten'?"),
 ("agent","The arrival texts, yes."),
 ("caller","Yeah. Since like Tuesday? Nothing. Nada. My customers are calling my cell going where's the plumber, and I got two guys sitting in driveways waiting for people to come to the door."),
 ("agent","I'm sorry. Did anything change on your side, a new phone number or settings?"),
 ("caller","Not that I touched. My office girl says the little toggle's still green. It's just... not doing the thing."),
 ("agent","Understood. I'll open a ticket with the technical team and they'll look at your account today."),
 ("caller","Please. It's making us look like amateurs.")],
 summary="Member reports arrival notifications stopped sending since Tuesday.",analysis=an("support","negative"))
add(fn,B,"en","inbound",bt("support",matchStatus="matched",matchId="mem_e_odalys",review=False,followUpAt=None),"support worded without 'broken/bug'; matched member by phone")

fn,_=call(18,"terse-calendar-sync-7am",start="2027-01-19T16:18:00Z",frm="+15135550146",
 caller={"first_name":"Walter","last_name":"Breck","timezone":"America/New_York"},
 turns=[("agent","Plumline, this is Rowan."),
 ("caller","Walt Breck. Calendar sync's dead. Google shows nothing since Friday."),
 ("agent","Sorry to hear it. Jobs are still showing in Plumline itself?"),
 ("caller","Yep. Just not on my phone."),
 ("agent","Got it, I'll get a ticket in. Anything else?"),
 ("caller","Have someone call me tomorrow, seven a.m. Before the trucks roll."),
 ("agent","Seven tomorrow morning. Noted.")],
 summary="Calendar sync issue; callback requested tomorrow 7am.",analysis=an("support","neutral"))
add(fn,B,"en","inbound",bt("support",matchStatus="matched",matchId="mem_e_walt",review=False,followUpAt=fu("2027-01-20","07:00","America/New_York"),followUpChannel="phone"),"terse; explicit time 07:00 tomorrow Eastern (caller.timezone)")

fn,_=call(19,"same-amount-taken-twice",start="2027-01-14T21:02:44Z",frm="+12155550170",
 turns=[("agent","Thanks for calling Plumline, I'm Rowan."),
 ("caller","Hi yes, Kwame Asante, Asante Cycles on Baltimore Avenue. I'm, uh, I'm doing my books for the month, right, and I see you people took one hundred forty-nine dollars on the third, and then again one hundred forty-nine on the fourth. Same amount, one day apart."),
 ("agent","That does sound like a duplicate. Do you see both as posted, not pending?"),
 ("caller","Both posted. On the business card. It's not the end of the world but it's a bike shop in January, you know, every dollar is, is a dollar."),
 ("agent","Absolutely. I'll send this to our accounts team so they can look at both transactions."),
 ("caller","Okay. Good. That's all, thank you.")],
 summary="Member sees two identical debits a day apart.",analysis=an("billing","neutral"))
add(fn,B,"en","inbound",bt("billing",matchStatus="matched",matchId="mem_e_kwame",review=False,followUpAt=None),"billing without the word 'charge'; no refund promised, so no money review")

fn,_=call(20,"es-cobro-anual-jueves-tarde",start="2027-02-02T15:05:00Z",frm="+17865550113",
 caller={"first_name":"Luz Marina","last_name":"Ocampo","timezone":"America/New_York"},
 turns=[("agent","Plumline, le atiende Rowan. ¿En qué le puedo ayudar?"),
 ("caller","Ay, buenos días, mire, habla Luz Marina, de la panadería Ocampo. Es que me llegó en el estado de cuenta lo del plan anual completo, y yo siempre he estado en el mensual, ¿ve? Yo nunca pedí cambiarme."),
 ("agent","Entiendo. ¿Ve el monto del año entero en su tarjeta?"),
 ("caller","Sí, mil seiscientos y algo. Y en este mes con la harina tan cara, imagínese."),
 ("agent","Lo paso al equipo de cuentas para que lo revisen."),
 ("caller","Gracias, mija. Y que me llamen el jueves por la tarde, porque en la mañana estoy horneando y no contesto."),
 ("agent","Perfecto, el jueves por la tarde.")],
 summary="Miembro reporta cargo de plan anual en lugar de mensual; pide llamada el jueves por la tarde.",analysis=an("billing","negative"))
add(fn,B,"es","inbound",bt("billing",matchStatus="matched",matchId="mem_e_luz",review=False,followUpAt=fu("2027-02-04","14:00","America/New_York"),followUpChannel="phone"),"Spanish billing; jueves por la tarde = Thu 14:00 Eastern")

fn,_=call(21,"studio-closing-dont-renew",start="2027-02-09T02:10:30Z",frm="+14085550166",
 caller={"first_name":"Sienna","last_name":"Park","email":"sienna@parkyogastudio.com","timezone":"America/Los_Angeles"},
 turns=[("agent","Plumline, this is Rowan. How can I help tonight?"),
 ("caller","Hi. So. This is a little sad to say out loud. We're closing the studio. Lease is up end of March and we just, we couldn't make the numbers work after the construction on our block."),
 ("agent","I'm so sorry to hear that, Sienna."),
 ("caller","Thanks. So I guess my question is, what do I have to do so the booking thing doesn't keep going after March? Like I don't want it to roll over into another year and then I'm chasing it."),
 ("agent","I'll have the accounts team reach out about ending the subscription at the end of your term."),
 ("caller","Okay. And, um, can I still download the client list before it shuts? Some of my students want to follow me to my next thing."),
 ("agent","Yes, exports stay available. I'll include that in the note."),
 ("caller","Perfect. Thank you for being nice about it.")],
 summary="Customer closing studio, wants to stop renewal.",analysis=an("cancellation","negative"))
add(fn,B,"en","inbound",bt("cancellation",matchStatus="matched",matchId="ref_e_sienna",review=False,followUpAt=None),"cancellation without the word 'cancel'; matched approved referral by phone and email")

fn,_=call(22,"nonnative-rude-installer-next-week",start="2027-01-28T23:40:12Z",frm="+15035550192",
 caller={"timezone":"America/Los_Angeles"},
 turns=[("agent","Thank you for calling Plumline, I'm Rowan."),
 ("caller","Yes hello. My name Hollis Tran, I have the clinic, acupuncture and massage, in Beaverton. I want to say about the man you send for set up the tablet at front desk."),
 ("agent","Of course, what happened?"),
 ("caller","He come late one hour, no call. Then he talk to my receptionist very not nice, like she is stupid, she almost cry. And he leave before finish, the tablet still not connect with printer."),
 ("agent","That's not how we want anyone treated. I'm sorry, Mr. Tran."),
 ("caller","I pay for the set up. I am not happy. I want the manager call me, not this week, I am busy, next week is okay."),
 ("agent","I'll have a manager call you next week."),
 ("caller","Okay. Thank you.")],
 summary="Member unhappy with installer's behaviour and unfinished setup; manager callback next week.",analysis=an("complaint","negative"))
add(fn,B,"en","inbound",bt("complaint",matchStatus="matched",matchId="mem_e_hollis",review=False,followUpAt=fu("2027-02-01","10:00","America/Los_Angeles"),followUpChannel="phone"),"non-native English complaint; 'next week' = Monday 10:00 Pacific (caller.timezone)")

fn,_=call(23,"es-recordatorios-cinco-de-la-manana",start="2027-03-04T14:05:50Z",frm="+17865550135",
 turns=[("agent","Plumline, buenos días, habla Rowan."),
 ("caller","Buenos días. Mire, yo soy Rosa Delgado, de Delgado Cleaning, estoy probando el sistema ese que me recomendó Luz Marina. Y le tengo que decir que estoy muy molesta."),
 ("agent","Cuénteme, por favor."),
 ("caller","El sistema les mandó a mis clientas el recordatorio de la limpieza a las cinco de la mañana. ¡A las cinco! Una señora me llamó furiosa, me dijo que qué clase de empresa manda mensajes a esa hora. Mis clientas me dicen que ya no quieren recibir esos mensajes así."),
 ("agent","Tiene toda la razón, lo siento mucho. Parece un problema con la zona horaria de la cuenta."),
 ("caller","Pues me dejó quedando muy mal. Yo apenas estoy empezando y esto no ayuda nada."),
 ("agent","Voy a reportarlo y dejar una nota para que alguien revise la configuración.")],
 summary="Referida se queja de recordatorios enviados a sus clientas a las 5 am.",analysis=an("complaint","negative"))
add(fn,B,"es","inbound",bt("complaint",matchStatus="matched",matchId="ref_e_rosa",review=False,followUpAt=None),"Spanish complaint from pending referral; 'mis clientas ya no quieren recibir esos mensajes' quotes her clients about messages sent to them, not an opt-out from Plumline's outreach to Rosa")

fn,_=call(24,"stt-logo-file-too-big",start="2027-03-08T18:30:00Z",frm="+19195550164",
 turns=[("agent","Plumline this is Rowan how can I help"),
 ("caller","yeah hi um its bea from sunny paws grooming we just started last month um the the invoice template thing wont let me put my logo on it it says file to big and i made it smaller like way smaller and it still says file to big"),
 ("agent","What format is the logo file"),
 ("caller","its a its a png i think or wait no its a jpeg my nephew made it on canva"),
 ("agent","Okay the limit is two megabytes and it needs to be under a thousand pixels wide. I'll also send this to support in case it's a bug"),
 ("caller","ok cool cuz i want my invoices to look legit you know not just text"),
 ("agent","Understood. Support will follow up by email.")],
 summary="Customer disputing invoice amount.",analysis=an("billing","negative"))
add(fn,B,"en","inbound",bt("support",matchStatus="new",review=False,followUpAt=None),"heavy STT, no punctuation; the 'invoice template' is a product feature, so support, not billing. DialNexa hint deliberately WRONG (billing, 'disputing invoice amount'). 'Support will follow up by email' is the agent's, with no time: no follow-up")

fn,_=call(25,"firm-merger-wind-down-monday-dst",start="2027-03-12T20:00:00Z",frm="+13055550187",
 caller={"first_name":"Inés","last_name":"Carrasco","email":"ines@carrascolegal.com","timezone":"America/New_York"},
 turns=[("agent","Plumline, Rowan speaking."),
 ("caller","Hi, it's Inés Carrasco, Carrasco Legal, I'm a member of your partner program too, but that's not why I'm calling."),
 ("agent","Hi Inés. What can I do?"),
 ("caller","So, we're merging into a larger firm on April first, and they have their own practice management suite, so, the long and short of it, we won't be needing Plumline for intake and scheduling anymore after that. I want to make sure we stop being billed past March and that our client data gets exported properly."),
 ("agent","Understood. I'll flag it for the accounts team to close things out at the end of March."),
 ("caller","Good. I'm in depositions the rest of today. Have someone call me Monday at two."),
 ("agent","Monday at 2 p.m. Eastern. Will do.")],
 summary="Member ending service due to merger; callback Monday 2pm.",analysis=an("cancellation","neutral"))
add(fn,B,"en","inbound",bt("cancellation",matchStatus="matched",matchId="mem_e_ines",review=False,followUpAt=fu("2027-03-15","14:00","America/New_York"),followUpChannel="phone"),"call Fri 2027-03-12 EST, Monday 14:00 is after the 2027-03-14 DST change (EDT, 18:00Z)")

fn,_=call(26,"rambling-double-reminders-email-tomorrow",start="2027-01-07T21:20:00Z",frm="+14045550158",
 caller={"first_name":"Fatima","last_name":"Bello","email":"fatima@brightsteps-academy.org","timezone":"America/New_York"},
 turns=[("agent","Thanks for calling Plumline, this is Rowan."),
 ("caller","Hi Rowan, Fatima Bello from Bright Steps Academy, we're the tutoring center in Decatur, I don't know if you have my, okay, so, long story, we just came back from winter break and everything was great, enrollment's up, the new reading group is full, which I'm thrilled about, we had to add a Wednesday section."),
 ("agent","That's great to hear."),
 ("caller","Yes! So, the thing. Since we came back, the parents are getting two reminders for every session. Two. Identical. Same minute. And I've had, I think, four parents ask me if they're booked twice and are they paying twice, which, no, but you can see how that looks. I haven't changed anything, except adding the Wednesday section, which maybe, I don't know."),
 ("agent","That might be related to the new section being linked to the old schedule. I'll open a ticket."),
 ("caller","Thank you. And I'm in sessions all morning, so just email me tomorrow afternoon with what you find, that's easier than a call."),
 ("agent","Will do, we'll email you tomorrow afternoon.")],
 summary="Member reports duplicate session reminders; wants an email tomorrow afternoon.",analysis=an("support","neutral"))
add(fn,B,"en","inbound",bt("support",matchStatus="matched",matchId="mem_e_fatima",review=False,followUpAt=fu("2027-01-08","14:00","America/New_York"),followUpChannel="email"),"rambling; key issue buried mid-call; 'email me tomorrow afternoon' = email follow-up Fri 14:00 Eastern; 'are they paying twice' is parents' worry, not a billing issue")

fn,_=call(27,"nonprofit-receipt-tax-dialnexa-optout",start="2027-02-22T17:12:09Z",frm="+13125550151",
 caller={"first_name":"Marguerite","last_name":"Obi","email":"mobi@southsidepantry.org","company":"Southside Community Pantry"},
 turns=[("agent","Plumline, this is Rowan."),
 ("caller","Marguerite Obi, Southside Community Pantry. Your receipt has sales tax on it. We're a 501(c)(3). Exempt."),
 ("agent","I see. Did you send us your exemption certificate?"),
 ("caller","Twice. Stop. Just stop sending it like that. Every month it comes with tax on it and I have to explain it to our treasurer."),
 ("agent","I understand. I'll have the accounts team apply the exemption and correct the receipts."),
 ("caller","Fine. Thank you.")],
 summary="Caller asked to stop sending communications.",analysis=an("opt_out","negative",opt_out_requested=True))
add(fn,B,"en","inbound",dict(intent="billing",optOut=False,optOutPossible=True,suppress=True,suppressReason="possible_opt_out",review=True,reviewReasons=["possible_opt_out"],matchStatus="new",creates="none",followUpAt=None),
 "terse billing call (tax on receipts). 'Stop. Just stop sending it like that' is about the receipt format, but DialNexa's analysis says opt_out: sources disagree, so rule 3's hold. DialNexa hint deliberately WRONG")

fn,_=call(28,"es-spanglish-fotos-no-suben",start="2027-04-06T22:30:00Z",frm="+19565550117",
 caller={"first_name":"Roberto","last_name":"Salinas","timezone":"America/Chicago"},
 turns=[("agent","Plumline, habla Rowan. ¿En qué le ayudo?"),
 ("caller","Qué onda, soy Beto, de Salinas Drywall. Oye, la app no me deja subir las fotos del job, se queda cargando y cargando, like forever, y luego dice error."),
 ("agent","¿Desde el teléfono o desde la computadora?"),
 ("caller","Desde el cel, Android. I tried like everything, la borré y la volví a bajar, apagué el teléfono, nada. Y el cliente quiere ver el before and after antes de pagarme."),
 ("agent","Entiendo. Voy a abrir un ticket con soporte técnico."),
 ("caller","Órale. Háblame mañana en la mañana, ¿sí? Ahorita ya voy manejando."),
 ("agent","Mañana en la mañana, perfecto.")],
 summary="Cliente no puede subir fotos en la app Android; pide llamada mañana en la mañana.",analysis=an("support","negative"))
add(fn,B,"es","inbound",bt("support",matchStatus="matched",matchId="ref_e_beto",review=False,followUpAt=fu("2027-04-07","09:00","America/Chicago"),followUpChannel="phone"),"code-switching; 'mañana en la mañana' = 09:00 Central next day; 'antes de pagarme' is his client paying him, not billing")

fn,_=call(29,"late-night-calls-not-removal",start="2027-03-30T13:45:00Z",frm="+16305550148",
 caller={"first_name":"Bianca","last_name":"Moretti","timezone":"America/Chicago"},
 turns=[("agent","Plumline, this is Rowan."),
 ("caller","Hi, Bianca Moretti, Moretti Flooring. I need to say something and I want it on the record."),
 ("agent","Go ahead."),
 ("caller","Someone from your company called my cell at eight forty at night on Thursday. And again Saturday, during my kid's birthday. I'm a small business, my cell is my life, but eight forty at night? That's not okay."),
 ("agent","I'm sorry, that shouldn't have happened."),
 ("caller","And, look, don't get me wrong, I'm not asking you to take me off anything, I'm still looking at your software, Odalys swears by it. But whoever's making those calls needs to, like, own a clock."),
 ("agent","Understood. I'll note this so your contact happens during business hours."),
 ("caller","Thank you. That's all I wanted.")],
 summary="Referral complained about late-evening sales calls; still evaluating.",analysis=an("complaint","negative"))
add(fn,B,"en","inbound",bt("complaint",matchStatus="matched",matchId="ref_e_bianca",review=False,followUpAt=None),"complaint about call timing; she says explicitly she is NOT asking to be removed: no opt-out")

fn,start30=call(30,"platform-fee-two-hours",start="2027-04-14T16:00:00Z",frm="+17045550127",
 caller={"timezone":"America/New_York"},
 turns=[("agent","Plumline, Rowan here. How can I help?"),
 ("caller","Yeah, hi, Curtis Lamb, Lamb and Sons Landscaping, Charlotte. I'm looking at the statement from you all and there's a line says 'platform fee', nineteen ninety-nine. I never agreed to any platform fee. Salesman never said a word about it."),
 ("agent","I understand. Let me get that to the accounts team so they can explain where it came from."),
 ("caller","Appreciate it. I'm on a mowing job, engine's running, so call me back in like two hours. Same number."),
 ("agent","In about two hours on this number. Got it.")],
 summary="New caller questions a platform fee line item; callback in two hours.",analysis=an("billing","negative"))
add(fn,B,"en","inbound",bt("billing",matchStatus="new",review=False,followUpAt=None,followUpChannel="phone"),"")
E[-1]["expect"]["followUpAt"]=iso(dt.datetime.fromisoformat(start30.replace("Z","+00:00"))+dt.timedelta(hours=2))
E[-1]["note"]="billing question from a new caller; 'in like two hours' = ended_at + 2h"

fn,_=call(31,"es-gimnasio-dar-de-baja-cuenta",start="2027-03-25T00:15:40Z",frm="+12105550186",
 caller={"first_name":"Ignacio","last_name":"Bermúdez","email":"nacho@fuerzaboxgym.com"},
 turns=[("agent","Plumline, le atiende Rowan."),
 ("caller","Buenas noches, le habla Ignacio Bermúdez, del gimnasio Fuerza Box en San Antonio. Mire, le voy a ser directo: cerramos el local a fin de abril."),
 ("agent","Lamento escucharlo. ¿En qué le puedo ayudar?"),
 ("caller","Quiero saber cómo dar de baja la cuenta del sistema de reservas, para que no me sigan cobrando la mensualidad en mayo. Ya hablé con mis socios y está decidido."),
 ("agent","Entendido. Paso su solicitud al equipo de cuentas para cerrar el servicio al final de abril."),
 ("caller","Gracias. Y que me confirmen por correo, por favor.")],
 summary="Cliente cierra su gimnasio y quiere terminar el servicio a fin de abril.",analysis=an("cancellation","neutral"))
add(fn,B,"es","inbound",bt("cancellation",matchStatus="new",review=False,followUpAt=None),"'dar de baja la cuenta' = close the service account (cancellation), not an opt-out from outreach; 'confirmen por correo' has no time: no follow-up")

fn,_=call(32,"trial-booking-page-wrong-hours-4999",start="2027-02-05T18:22:10Z",frm="+15035550177",
 caller={"first_name":"Yuki","last_name":"Tanabe","timezone":"America/Los_Angeles"},
 turns=[("agent","Plumline, this is Rowan speaking."),
 ("caller","Hello, I am Yuki Tanabe, Tanabe Physio. We are in trial now. The online booking page, it show we are closed on Saturday, but we are open Saturday, nine to one."),
 ("agent","Did you set Saturday hours in the settings?"),
 ("caller","Yes, I set. I check three time. In settings it is correct, but patient see closed. Two patient call me to ask. Maybe it is the cache? I don't know."),
 ("agent","I'll report it to support so they can check the public page."),
 ("caller","Thank you. Please soon, Saturday is our busy day.")],
 summary="Trial customer's booking page shows wrong Saturday hours.",analysis=an("support","neutral"))
add(fn,B,"en","inbound",bt("support",matchStatus="matched",matchId="ref_e_yuki",review=False,followUpAt=None),"pending referral at amount 4999: just under the 5,000 threshold, so no high_value review")

fn,_=call(33,"high-value-member-misspelled-page",start="2027-03-18T15:05:00Z",frm="+16125550174",
 caller={"first_name":"Grant","last_name":"Okonkwo","timezone":"America/Chicago"},
 turns=[("agent","Plumline, Rowan speaking."),
 ("caller","Grant Okonkwo, Ironside Gym. Been with you guys three years. I've sent you, what, a dozen gyms through the partner thing?"),
 ("agent","You have, Grant, thank you. What's going on?"),
 ("caller","So the page your team built for my referral link? It says 'Ironsides Gim.' G-I-M. I sent it to six owners in a group chat before I noticed. I looked like an idiot. I asked to have it fixed two weeks ago and it still says Gim."),
 ("agent","I'm sorry, that's embarrassing and it should have been fixed. I'll escalate it."),
 ("caller","Yeah. Do that. I'm not happy about it.")],
 summary="High-value member unhappy that his referral landing page is still misspelled.",analysis=an("complaint","negative"))
add(fn,B,"en","inbound",bt("complaint",matchStatus="matched",matchId="mem_e_grant",review=True,reviewReasons=["high_value"],followUpAt=None),"complaint from member with rewardAmountTotal 5400: high_value review")

fn,_=call(34,"never-signed-up-invoice-text-tuesday-dst",start="2027-03-11T18:00:00Z",frm="+14705550144",
 turns=[("agent","Thank you for calling Plumline, I'm Rowan."),
 ("caller","Yes, good afternoon. My name is Chidi Nwosu, Nwosu Electric. I'm calling from my shop line. I received a bill from your company for three hundred and twelve dollars, and I never signed up. I spoke with someone months ago and I said no thank you."),
 ("agent","I'm sorry about that. Can I get an email address to look you up?"),
 ("caller","chidi at nwosu electric dot com. C-H-I-D-I."),
 ("agent","Thank you. I'll send this to the accounts team to review the bill."),
 ("caller","Please. And I'm on job sites all week, I can't pick up. Text me on Tuesday with what they find."),
 ("agent","We'll text you Tuesday.")],
 summary="Caller disputes a bill; wants a text Tuesday.",analysis=an("billing","negative"))
add(fn,B,"en","inbound",bt("billing",matchStatus="matched",matchId="ref_e_chidi",review=False,followUpAt=fu("2027-03-16","10:00","America/New_York"),followUpChannel="sms"),
 "identity only in the transcript (email spelled out) from an unknown shop line; matched referral by email. 'Text me on Tuesday' = Tue 10:00, no caller tz so America/New_York; crosses 2027-03-14 DST (14:00Z). 'I said no thank you' is past, not a new decision")

fn,_=call(35,"es-recordatorios-en-ingles-hora-pacifico",start="2027-02-17T19:05:00Z",frm="+17195550150",
 caller={"first_name":"Araceli","last_name":"Montoya","timezone":"America/Denver"},
 turns=[("agent","Plumline, buenos días, le atiende Rowan."),
 ("caller","Hola, buenos días, le hablo de la Clínica Dental Sonrisa Feliz, soy Araceli, la recepcionista. Tenemos un problema con los recordatorios de citas."),
 ("agent","Dígame."),
 ("caller","Pusimos el idioma en español para todos los pacientes, pero los mensajes siguen saliendo en inglés. Y muchos de nuestros pacientes no hablan inglés, entonces no confirman y no llegan."),
 ("agent","Entiendo. Lo reporto al equipo técnico."),
 ("caller","Por favor. Ahorita estoy en la oficina de Fresno, ¿me pueden llamar hoy a las cuatro, hora del Pacífico?"),
 ("agent","Sí, hoy a las cuatro de la tarde, hora del Pacífico.")],
 summary="Clínica reporta recordatorios en inglés en vez de español; llamada hoy a las 4 hora del Pacífico.",analysis=an("support","neutral"))
add(fn,B,"es","inbound",bt("support",matchStatus="new",review=False,followUpAt=fu("2027-02-17","16:00","America/Los_Angeles"),followUpChannel="phone"),"zone named in the call (Pacific) overrides caller.timezone America/Denver: 16:00 PST = 00:00Z next day")

fn,_=call(36,"outbound-promo-meets-past-due",start="2026-12-15T19:30:00Z",direction="outbound",frm=HOTLINE,to="+13035550172",
 caller={"first_name":"Reggie","last_name":"Coleman","email":"reggie@colemanboxing.com","phone":"+13035550172","timezone":"America/Denver"},
 attribution={"source":"referralrock","medium":"outbound","campaign":"holiday-double-rewards"},
 turns=[("agent","Hi Reggie, it's Rowan from Plumline. I'm calling because through December, referrals pay double, so if you know another gym owner..."),
 ("caller","Yeah, yeah, hold up. Funny you call. Your system took the money off my card on the first, I can see it right here, but my portal says past due and it's locking my trainers out of the schedule."),
 ("agent","Oh, I'm sorry, that's not good. So the payment went through but the account shows unpaid?"),
 ("caller","Exactly. So before we talk about any double whatever, somebody needs to sort that out."),
 ("agent","Absolutely. I'll get this to our accounts team right now."),
 ("caller","And have them call me back this evening, after my six o'clock class... actually no, just this evening, whenever, I'll pick up."),
 ("agent","This evening. Got it.")],
 summary="Member interested in double rewards promotion.",analysis=an("sales_inquiry","positive"))
add(fn,B,"en","outbound",bt("billing",matchStatus="matched",matchId="mem_e_reggie",review=False,followUpAt=fu("2026-12-15","18:00","America/Denver"),followUpChannel="phone"),
 "outbound promo call turns into a billing problem (paid but shown past due): billing suppression; caller corrects himself to plain 'this evening' = 18:00 Mountain. DialNexa hint deliberately WRONG (sales_inquiry)")
json.dump(E,open(".tmp/e2.json","w"),indent=1,ensure_ascii=False)
print(len(E))
for e in E: print(e["file"],e["expect"].get("followUpAt"))
