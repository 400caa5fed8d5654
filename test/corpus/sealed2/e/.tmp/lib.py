import json, datetime as dt
from zoneinfo import ZoneInfo
UTC=ZoneInfo("UTC")
HOTLINE="+18885550142"
AGENT={"id":"agent_plumline_front","name":"Rowan (AI)"}
def iso(d): return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
def fu(date, hhmm, tz):
    y,mo,d=map(int,date.split("-")); h,mi=map(int,hhmm.split(":"))
    return iso(dt.datetime(y,mo,d,h,mi,tzinfo=ZoneInfo(tz)))
def wd(date): return dt.date.fromisoformat(date).strftime("%A")
def call(n, slug, *, start, turns, direction="inbound", frm=None, to=None, caller=None, attribution=None,
         consent_marketing="unknown", summary=None, analysis=None, metadata=None):
    cid=f"call_sealed_e_{n:03d}"
    s=dt.datetime.fromisoformat(start.replace("Z","+00:00"))
    t=0; tr=[]
    for spk,text in turns:
        t+=350+ (len(text)%7)*60
        dur=max(900,int(len(text)*62))
        tr.append({"speaker":spk,"text":text,"start_ms":t,"end_ms":t+dur}); t+=dur
    total=t//1000+3
    e=s+dt.timedelta(seconds=total)
    if frm is None: frm=HOTLINE
    if to is None: to=HOTLINE
    body={"type":"call.completed","timestamp":iso(e+dt.timedelta(seconds=21)),"data":{
      "call_id":cid,"direction":direction,"status":"completed","started_at":iso(s),"ended_at":iso(e),
      "duration_seconds":total,"from_number":frm,"to_number":to,"agent":AGENT,"caller":caller or {},
      "attribution":attribution or {"source":"direct","medium":"phone","campaign":None},
      "consent":{"recording":True,"marketing":consent_marketing,"captured_at":iso(s+dt.timedelta(seconds=4)),"method":"verbal"},
      "transcript":tr,"summary":summary,"analysis":analysis,
      "links":{"recording_url":f"https://app.dialnexa.example/calls/{cid}/recording",
               "transcript_url":f"https://app.dialnexa.example/calls/{cid}/transcript",
               "call_url":f"https://app.dialnexa.example/calls/{cid}"},
      "metadata":metadata or {"queue":"plumline-main"}}}
    fn=f"{n:03d}-{slug}.json"
    json.dump(body,open(f"calls/{fn}","w"),indent=2,ensure_ascii=False)
    return fn, iso(e)
def an(intent,sent="neutral",**custom): return {"intent":intent,"sentiment":sent,"custom":custom}
