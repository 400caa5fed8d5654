import sys; sys.path.insert(0,".tmp")
from lib import *
E=[]
def add(fn,cat,lang,direction,expect,note=""):
    E.append({"file":fn,"category":cat,"language":lang,"direction":direction,"expect":expect,"note":note})
LOW=dict(optOut=False,creates="none",followUpAt=None)

fn,_=call(1,"robocall-benefits-hotline",start="2026-12-02T15:14:09Z",frm="+18335550177",
 turns=[("agent","Plumline, this is Rowan. How can I help you today?"),
 ("caller","...hello this is an important message for seniors sixty-five and older. new changes to your benefits plan could give you up to two hundred and fifty dollars a month back on groceries"),
 ("agent","Sorry, am I speaking with a person?"),
 ("caller","to speak with a licensed benefits specialist now press one. to hear this message again press star"),
 ("agent","I'm an assistant for Plumline. I can't press buttons. Is anyone there?"),
 ("caller","press one now. this offer is available for a limited time")],
 summary="Automated benefits message.",analysis=an("spam"))
add(fn,"low_fit","en","inbound",dict(intent="spam",matchStatus="new",marker="spam",review=False,**LOW),"prerecorded senior-benefits robocall")

fn,_=call(2,"robocall-utility-rate-stt",start="2026-12-09T18:41:30Z",frm="+14695550103",
 turns=[("agent","Thanks for calling Plumline, you've reached Rowan."),
 ("caller","this call is from your local utility advisory uh your business electric account has been flagged for a rate reduction of up to thirty percent do not ignore this notice"),
 ("agent","Which utility is this, and who are you trying to reach?"),
 ("caller","press too to speak to an energy advisor about you're account number ending in four four oh"),
 ("agent","We don't have an account with you as far as I know."),
 ("caller","[tone] press too now")],
 summary="Caller interested in a rate discount; possible sales lead.",analysis=an("sales_inquiry","positive",lead_score=62))
add(fn,"low_fit","en","inbound",dict(intent="spam",matchStatus="new",marker="spam",review=False,**LOW),"utility rate-cut robocall with STT errors; DialNexa hint deliberately WRONG (sales_inquiry, lead_score)")

fn,_=call(3,"es-robocall-impuestos",start="2027-01-05T16:02:11Z",frm="+19155550188",
 turns=[("agent","Plumline, le atiende Rowan. ¿En qué le puedo ayudar?"),
 ("caller","este es un aviso urgente de la oficina de recaudación su número de contribuyente presenta una irregularidad y se le aplicará una multa si no regulariza hoy"),
 ("agent","¿Con quién hablo, por favor?"),
 ("caller","para hablar con un agente marque el número uno para escuchar el mensaje en inglés marque dos"),
 ("agent","Esto parece un mensaje grabado. Voy a finalizar la llamada.")],
 summary="Mensaje automático sobre impuestos.",analysis=an("spam","negative"))
add(fn,"low_fit","es","inbound",dict(intent="spam",matchStatus="new",marker="spam",review=False,**LOW),"Spanish tax-scam robocall")

fn,_=call(4,"robocall-press-2-removed",start="2027-01-21T20:30:00Z",frm="+12565550141",
 turns=[("agent","Plumline, Rowan speaking."),
 ("caller","Hi! This is Rachel from card member services, calling about your current credit card interest rate. There is no problem with your account, but your eligibility for a lower rate expires soon."),
 ("agent","Hello? Is this recorded?"),
 ("caller","Press one to speak to a representative about lowering your rate. To stop receiving these calls, press two."),
 ("agent","I'm the Plumline assistant, this line is for our customers. Goodbye.")],
 summary="Automated card-services call; message mentions stopping calls.",analysis=an("spam"))
add(fn,"low_fit","en","inbound",dict(intent="spam",matchStatus="new",marker="spam",review=False,**LOW),"'to stop receiving these calls press two' is the robot's menu, not a caller request: no opt-out")

fn,_=call(5,"robocall-fake-order-alert",start="2027-02-11T13:22:48Z",frm="+16465550110",
 turns=[("agent","Hi, you've reached Plumline. What can I do for you?"),
 ("caller","hello?"),
 ("agent","Hi there, I'm here. How can I help?"),
 ("caller","this is an automated alert from your online store account. a purchase of an iPhone 15 for 1,299 dollars has been placed. if you did not authorise this purchase press one to cancel the order"),
 ("agent","We're Plumline, a scheduling software company. We didn't place an order with you."),
 ("caller","if you did not authorise this purchase press one. goodbye")],
 summary="Caller reports unauthorised purchase and wants to cancel an order.",analysis=an("cancellation","negative"))
add(fn,"low_fit","en","inbound",dict(intent="spam",matchStatus="new",marker="spam",review=False,**LOW),"fake order-alert robocall; the words 'cancel the order' are the scam script, not a cancellation (DialNexa hint says cancellation: deliberately WRONG)")

fn,_=call(6,"vendor-seo-map-pack",start="2027-01-12T17:05:00Z",frm="+14805550166",
 caller={"first_name":"Tyler","last_name":"Voss","company":"RankRocket Local"},
 turns=[("agent","Plumline, this is Rowan, how can I help?"),
 ("caller","Hey Rowan, Tyler over at RankRocket Local, real quick, not trying to take much of your time, I was looking at plumline dot com and you guys aren't showing up in the map pack for like, scheduling software near me, any of those searches."),
 ("agent","Okay. What's this regarding?"),
 ("caller","So we do local SEO, citations, review velocity, all that. We guarantee top three in ninety days or you don't pay. Who handles your marketing over there, is that you?"),
 ("agent","I'm an automated assistant, I can't book vendor meetings."),
 ("caller","No worries, I'll just send over a proposal, can I get an email for whoever does marketing?"),
 ("agent","You can use the contact form on our website. Have a good day.")],
 summary="Tyler from RankRocket pitched local SEO services.",analysis=an("vendor"))
add(fn,"low_fit","en","inbound",dict(intent="vendor",matchStatus="new",marker="vendor",review=False,**LOW),"SEO agency pitch")

fn,_=call(7,"vendor-staffing-hygienists",start="2027-02-03T15:48:20Z",frm="+17025550134",
 turns=[("agent","Plumline, you've got Rowan."),
 ("caller","Good morning! My name is Deandra, I'm with Crestline Staffing Partners. We place temporary and permanent front desk staff, dental hygienists, medical assistants, and we've been working with a lot of practices that use your software actually."),
 ("agent","How can I help you today?"),
 ("caller","I'd love to set up a partnership where your customers get a discount on placements through us, like a referral arrangement. Is there a partnerships person I could talk to? My cell is 702 555 0134."),
 ("agent","I can't set that up, but I'll note you called. Is this a business proposal?"),
 ("caller","Yes ma'am, purely business. Thank you so much.")],
 summary="Staffing agency proposing a partnership.",analysis=an("vendor","positive"))
add(fn,"low_fit","en","inbound",dict(intent="vendor",matchStatus="new",marker="vendor",review=False,**LOW),"staffing agency; 'referral arrangement' and 'partnership' wording must not make it a referral/prospect")

fn,_=call(8,"vendor-ai-receptionist-software",start="2027-02-24T19:10:05Z",frm="+15125550190",
 caller={"first_name":"Priyanka","last_name":"Shah","email":"priyanka@voxdesk.ai","company":"VoxDesk"},
 turns=[("agent","Thanks for calling Plumline, I'm Rowan."),
 ("caller","Oh, ha, you're an AI, perfect, that's actually kind of why I'm calling. I'm Priyanka from VoxDesk, we make voice agents for service businesses, and honestly ours handles Spanish and after-hours better than most."),
 ("agent","Are you a Plumline customer?"),
 ("caller","No no, I'm, I guess I'm pitching you, sorry. We white-label. Your customers, the plumbers and the clinics, they'd get an AI receptionist inside your app and you'd take a rev share."),
 ("agent","I'm not able to evaluate vendor offers. Is there anything else?"),
 ("caller","Just pass it along? priyanka at voxdesk dot ai. Thanks!")],
 summary="Software vendor pitching white-label voice agents.",analysis=an("vendor"))
add(fn,"low_fit","en","inbound",dict(intent="vendor",matchStatus="new",marker="vendor",review=False,**LOW),"software vendor; email given belongs to the vendor, no record created")

fn,_=call(9,"vendor-payments-from-member-phone",start="2027-03-02T16:33:40Z",frm="+17205550129",
 turns=[("agent","Plumline, Rowan speaking, how can I help?"),
 ("caller","Yeah hi, uh, this is Kyle, I'm a merchant services consultant with PayStream, I'm actually, I'm sitting here with a roofing contractor, one of your users, using his phone real quick."),
 ("agent","Okay, how can I help, Kyle?"),
 ("caller","So we're doing free rate reviews for the trades, most of your guys are paying like three point two percent on card payments through your invoicing, we can get that to like one point nine flat. I wanted to see who I talk to about an integration or a preferred partner thing."),
 ("agent","That's a vendor proposal, I can't take that forward on this line."),
 ("caller","Fair enough. I'll shoot something over. Appreciate it.")],
 summary="Existing customer asking about payment processing fees on invoices.",analysis=an("support","neutral",existing_customer=True))
add(fn,"low_fit","en","inbound",dict(intent="vendor",matchStatus="matched",matchId="mem_e_dmitri",marker="vendor",suppress=False,review=False,**LOW),"payments vendor calling from member Dmitri Volkov's phone: matched on phone, gets a note, but vendor never suppresses a matched record. DialNexa hint deliberately WRONG (support, existing_customer)")

fn,_=call(10,"data-broker-contractor-lists",start="2027-03-17T14:12:00Z",frm="+13325550177",
 turns=[("agent","Plumline, this is Rowan."),
 ("caller","Hi there, Gavin from LeadVault Data. We've got a freshly verified list of forty-two thousand HVAC, plumbing and electrical contractors in the US, owner names, direct dials, emails, ninety-five percent deliverability."),
 ("agent","What is the reason for your call?"),
 ("caller","Figured your sales team would want it for outbound. I can send a free sample of five hundred records, pricing's per thousand. Who should I send it to?"),
 ("agent","We don't purchase lists through this line. Thank you.")],
 summary=None,analysis=an("vendor"))
add(fn,"low_fit","en","inbound",dict(intent="vendor",matchStatus="new",marker="vendor",review=False,**LOW),"data broker selling contact lists: vendor")

fn,_=call(11,"wrong-number-pediatrician",start="2027-01-26T14:55:10Z",frm="+16155550122",
 caller={"first_name":"Dolores","last_name":"Kimball"},
 turns=[("agent","Plumline, you've reached Rowan. How can I help?"),
 ("caller","Oh, hello dear, yes, I'm calling about my grandson's appointment, Ethan, Ethan Kimball, he has the ear thing again and Dr. Pham said to call if it came back, and I, I wrote this number on the fridge, I think..."),
 ("agent","I'm sorry, this is Plumline, a software company. We're not Dr. Pham's office."),
 ("caller","Not the children's clinic on Harding?"),
 ("agent","No ma'am, I think the number may have been written down wrong."),
 ("caller","Oh for heaven's sake. My daughter's handwriting. I'm so sorry, sweetheart, I'll find the card. Bye now.")],
 summary="Caller trying to reach a pediatric clinic.",analysis=an("wrong_number"))
add(fn,"low_fit","en","inbound",dict(intent="wrong_number",matchStatus="new",marker="wrong_number",review=False,**LOW),"inbound wrong number, no record (suppress left unlabelled: nothing to suppress)")

fn,_=call(12,"es-wrong-number-taller",start="2027-02-16T23:20:33Z",frm="+12105550119",
 turns=[("agent","Plumline, le habla Rowan. ¿En qué le ayudo?"),
 ("caller","bueno sí oiga es el taller de don Chuy le hablo por la troca la dejé el lunes pa que le cambiaran los frenos"),
 ("agent","Disculpe, aquí es Plumline, una empresa de software. No somos un taller."),
 ("caller","¿no es el taller mecánico? ah caray me dieron mal el número entonces"),
 ("agent","Parece que sí, lo siento."),
 ("caller","no no, perdone usted, ándele pues, buenas noches")],
 summary="Llamada equivocada, buscaba un taller mecánico.",analysis=an("wrong_number"))
add(fn,"low_fit","es","inbound",dict(intent="wrong_number",matchStatus="new",marker="wrong_number",review=False,**LOW),"Spanish wrong number, unmatched")

fn,_=call(13,"outbound-wrong-number-known-referral",start="2027-03-23T16:40:00Z",direction="outbound",frm=HOTLINE,to="+17135550139",
 caller={"first_name":"Alejandro","last_name":"Ruiz","email":"aruiz@ruizautobody.com","phone":"+17135550139","timezone":"America/Chicago"},
 attribution={"source":"referralrock","medium":"outbound","campaign":"spring-followups"},
 turns=[("agent","Hi, this is Rowan calling from Plumline. Am I speaking with Alejandro Ruiz?"),
 ("caller","¿Qué? No, no. Aquí no hay ningún Alejandro."),
 ("agent","Oh, sorry. I was trying to reach Alejandro Ruiz from Ruiz Auto Body. ¿Es este su número?"),
 ("caller","No, este número es mío desde hace como un año, es mi celular personal. Yo trabajo en una lavandería, no conozco a ese señor."),
 ("agent","Entiendo, disculpe la molestia. Gracias."),
 ("caller","Está bien, no se preocupe. Bye.")],
 summary="Reached Alejandro Ruiz; he was busy.",analysis=an("other"))
add(fn,"low_fit","es","outbound",dict(intent="wrong_number",matchStatus="matched",matchId="ref_e_alejandro",marker="wrong_number",suppress=True,suppressReason="wrong_number",review=False,**LOW),
 "outbound to referral Alejandro Ruiz's number; person has owned the number for a year: wrong_number suppresses the record (stopFutureOutreach true). No opt-out words ('no se preocupe'). DialNexa summary deliberately WRONG")

fn,_=call(14,"student-class-project-callback",start="2027-04-07T19:02:00Z",frm="+16085550147",
 caller={"first_name":"Jasmine","last_name":"Oyelaran","timezone":"America/Chicago"},
 turns=[("agent","Plumline, this is Rowan. What can I do for you?"),
 ("caller","Hi um, so this is kind of random, I'm a junior at UW Madison and we have this group project in my entrepreneurship class where we have to analyze a company's customer referral program, and we picked yours because my aunt uses it for her salon?"),
 ("agent","Oh, nice. What do you need?"),
 ("caller","Just like, fifteen minutes with someone who can talk about how the rewards work, like why two hundred dollars and not a discount, stuff like that. It's not for anything public, it's just for a grade."),
 ("agent","I'll pass your request along. Is there a good time?"),
 ("caller","Could somebody call me Thursday afternoon? That'd be amazing. It's Jasmine, 608 555 0147."),
 ("agent","I'll note that, Jasmine.")],
 summary="Student requesting an interview for a class project; callback Thursday afternoon.",analysis=an("other","positive"))
add(fn,"low_fit","en","inbound",dict(matchStatus="new",marker="student",**LOW),"student: rule 4 means no follow-up even though she asks for Thursday afternoon; intent left open (contract has no student intent)")

fn,_=call(15,"reporter-business-journal",start="2027-04-13T15:30:15Z",frm="+16175550109",
 caller={"first_name":"Naomi","last_name":"Feldstein","email":"nfeldstein@bostonbizweekly.com","company":"Boston Business Weekly"},
 turns=[("agent","Thanks for calling Plumline, I'm Rowan."),
 ("caller","Hi, Naomi Feldstein, I'm a reporter with Boston Business Weekly. I'm working on a piece about how small trades businesses are using referral bonuses to find customers, and your platform keeps coming up in my interviews."),
 ("agent","Thanks for reaching out. Are you a customer?"),
 ("caller","No, no, strictly press. I'd like a comment from someone on your team, or a spokesperson, about the growth of the program. My deadline's end of next week. My email's nfeldstein at bostonbizweekly dot com."),
 ("agent","I'll pass that to our communications team."),
 ("caller","Great, thanks.")],
 summary="Journalist asking for a comment for an article.",analysis=an("other"))
add(fn,"low_fit","en","inbound",dict(matchStatus="new",creates="none",optOut=False,followUpAt=None),"reporter, neither prospect nor customer; 'deadline end of next week' is not a request to be contacted at a time; intent/review left open")

fn,_=call(16,"courier-locked-door",start="2027-04-27T17:44:02Z",frm="+14045550163",
 turns=[("agent","Plumline, Rowan here."),
 ("caller","yeah this is the driver, FastLane courier, I got a box for plumline suite 410 the door's locked nobody answering the buzzer"),
 ("agent","I'm the phone assistant, I can't open the door. Is there a name on the package?"),
 ("caller","says attention M. Oduya, needs a signature, I can leave it at the front desk downstairs or I bring it back tomorrow"),
 ("agent","Please leave it with the front desk if they'll sign."),
 ("caller","ok front desk, got it")],
 summary="Courier delivering a package.",analysis=an("other"))
add(fn,"low_fit","en","inbound",dict(matchStatus="new",creates="none",optOut=False,followUpAt=None),"courier delivery; not a prospect; intent left open ('other' expected but not fixed by the contract)")
json.dump(E,open(".tmp/e1.json","w"),indent=1,ensure_ascii=False)
print(len(E))
