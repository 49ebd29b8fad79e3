// Kernebot's load generator for scripts/bench.sh. Node 20, built-in modules only (node:http with a keep-alive
// agent: less client overhead per request than fetch, so more of the 2 cores is left for the bot).
//
//   node load.mjs activities --target full=URL,PID --target echo=URL,PID --service-url URL --wiremock-pid PID
//                            [--concurrency 1,10,50] [--warmup 3] [--duration 10] [--out FILE]
//   node load.mjs dispatch   --bot URL --wiremock URL --out FILE [--conversations 1000] [--per-conversation 10]
//                            [--bot-pid PID --wiremock-pid PID] [--connector-delay-ms 0]
//   node load.mjs growth     --bot URL --wiremock URL --service-url URL --out FILE [--sizes 5,50,200,1000] [--samples 30]
//                            [--step-sizes 10,100,500|none] [--note-sizes 20,200]
//   node load.mjs report     --dir DIR
//
// A closed loop: each of N conversations sends its next activity as soon as the previous one was answered, so
// N is the number of activities in flight. Latency is request start to the last byte of the answer.

import http from 'node:http';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const args = parseArgs(process.argv.slice(3));
const command = process.argv[2];

const BOT_ID = '28:kernebot-bench-bot';
const BOT_NAME = 'Kernebot';
const USERS = ['Anne', 'Bo', 'Carla', 'Dorte', 'Emil'];
const HZ = 100; // USER_HZ for /proc/<pid>/stat

function parseArgs(list) {
  const out = { target: [] };
  for (let i = 0; i < list.length; i += 2) {
    const key = list[i].replace(/^--/, '');
    if (key === 'target') out.target.push(list[i + 1]);
    else out[key] = list[i + 1];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- HTTP

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function request(url, method, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const data = body == null ? null : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = http.request({
      hostname: u.hostname, port: u.port, path: u.pathname + u.search, method, agent,
      headers: data ? { 'Content-Type': 'application/json', 'Content-Length': data.length, ...headers } : headers,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    if (data) req.write(data);
    req.end();
  });
}

// ------------------------------------------------------------------------------------- Teams activities

let sequence = 0;

function base(type, conversationId, user, serviceUrl) {
  return {
    type,
    id: `bench-${process.pid}-${++sequence}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:user-${user.toLowerCase()}`, name: user, aadObjectId: `aad-${user.toLowerCase()}` },
    conversation: { id: conversationId, tenantId: 'tenant-bench', conversationType: 'groupChat', isGroup: true },
    recipient: { id: BOT_ID, name: BOT_NAME },
    channelData: { tenant: { id: 'tenant-bench' } },
    locale: 'da-DK',
  };
}

/** "@Kernebot kort" in a group chat: the bot draws a card, stores the draw and posts the card. */
function message(conversationId, user, serviceUrl) {
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...base('message', conversationId, user, serviceUrl),
    text: `${mention} kort`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
  };
}

/** An Action.Execute click (adaptiveCard/action invoke) on the card with activity id cardId. */
function execute(conversationId, user, serviceUrl, cardId, verb, data) {
  return {
    ...base('invoke', conversationId, user, serviceUrl),
    name: 'adaptiveCard/action',
    replyToId: cardId,
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

const DRAW_ID = /"drawId"\s*:\s*"([^"]+)"/;

// ------------------------------------------------------------------------------------------ /proc

function rssMb(pid) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)\s+kB/);
    return m ? Number(m[1]) / 1024 : null;
  } catch { return null; }
}

function cpuTicks(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch { return null; }
}

function loadavg() {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

// ------------------------------------------------------------------------------------------ activities

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function scenario({ name, url, pid }, kind, concurrency, serviceUrl, warmupS, durationS, wiremockPid) {
  const endpoint = `${url}/api/messages`;
  const tag = `${name}-${kind}-${concurrency}-${Date.now()}`;
  const conversations = Array.from({ length: concurrency }, (_, i) => ({
    id: `19:bench-${tag}-${i}@thread.v2`, drawId: 'none', cardId: `card-${i}`, n: i,
  }));

  // Each conversation gets a card to click first (its drawId comes back in the invoke answer).
  if (kind === 'invoke') {
    await Promise.all(conversations.map(async (c) => {
      const r = await request(endpoint, 'POST', execute(c.id, 'Anne', serviceUrl, c.cardId, 'reflection.draw', {}));
      const m = r.body.match(DRAW_ID);
      if (m) c.drawId = m[1];
    }));
  }

  let measuring = false;
  let stop = false;
  const latencies = [];
  let errors = 0;
  const statuses = {};
  let firstError = null;

  async function worker(c) {
    let turn = 0;
    while (!stop) {
      const user = USERS[(c.n + turn++) % USERS.length];
      const activity = kind === 'message'
        ? message(c.id, user, serviceUrl)
        : execute(c.id, user, serviceUrl, c.cardId, 'reflection.next', { drawId: c.drawId });
      const t0 = performance.now();
      let ok = false;
      try {
        const r = await request(endpoint, 'POST', activity);
        ok = r.status >= 200 && r.status < 300;
        if (measuring) statuses[r.status] = (statuses[r.status] || 0) + 1;
        if (!ok && !firstError) firstError = `${r.status} ${r.body.slice(0, 200)}`;
        if (kind === 'invoke') {
          const m = r.body.match(DRAW_ID);
          if (m) c.drawId = m[1];
        }
      } catch (e) {
        if (!firstError) firstError = String(e);
      }
      const ms = performance.now() - t0;
      if (measuring) {
        if (ok) latencies.push(ms); else errors++;
      }
    }
  }

  const workers = conversations.map(worker);
  await sleep(warmupS * 1000);
  const cpu0 = { bot: cpuTicks(pid), wiremock: cpuTicks(wiremockPid), load: process.cpuUsage() };
  let rssMax = 0;
  const sampler = setInterval(() => { rssMax = Math.max(rssMax, rssMb(pid) ?? 0); }, 200);
  const load = loadavg();
  measuring = true;
  const t0 = performance.now();
  await sleep(durationS * 1000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  rssMax = Math.max(rssMax, rssMb(pid) ?? 0);
  const loadCpu = process.cpuUsage(cpu0.load);
  const cpu = {
    bot: (cpuTicks(pid) - cpu0.bot) / HZ / elapsed,
    wiremock: (cpuTicks(wiremockPid) - cpu0.wiremock) / HZ / elapsed,
    load: (loadCpu.user + loadCpu.system) / 1e6 / elapsed,
  };
  stop = true;
  await Promise.all(workers);

  latencies.sort((a, b) => a - b);
  return {
    bot: name, kind, concurrency, seconds: round(elapsed, 2), completed: latencies.length, errors,
    statuses, firstError,
    throughput: round(latencies.length / elapsed, 1),
    p50: round(percentile(latencies, 50), 1), p95: round(percentile(latencies, 95), 1),
    p99: round(percentile(latencies, 99), 1), max: round(latencies[latencies.length - 1], 1),
    rssMaxMb: round(rssMax, 0), cpuCores: { bot: round(cpu.bot, 2), wiremock: round(cpu.wiremock, 2), load: round(cpu.load, 2) },
    loadavgBefore: load,
  };
}

async function activities() {
  const targets = args.target.map((t) => {
    const [name, rest] = t.split('=');
    const [url, pid] = rest.split(',');
    return { name, url, pid: Number(pid) };
  });
  const levels = (args.concurrency || '1,10,50').split(',').map(Number);
  const kinds = (args.kinds || 'message,invoke').split(',');
  const warmup = Number(args.warmup || 3);
  const duration = Number(args.duration || 10);
  const prewarm = Number(args.prewarm || 0);
  if (prewarm > 0) {
    // Not measured: the JIT and the connection pools warm up on both bots before the first figure is taken.
    for (const target of targets) {
      for (const kind of kinds) await scenario(target, kind, 10, args['service-url'], prewarm, 0.1, Number(args['wiremock-pid']));
    }
    console.log(`  (warmed up: ${prewarm} s of each kind at 10 conversations per bot, not measured)`);
  }
  const results = [];
  for (const kind of kinds) {
    for (const level of levels) {
      // Full bot and floor back to back, so both see the same machine (other builds come and go).
      for (const target of targets) {
        const r = await scenario(target, kind, level, args['service-url'], warmup, duration, Number(args['wiremock-pid']));
        results.push(r);
        console.log(`  ${pad(r.bot, 5)} ${pad(r.kind, 8)} c=${pad(String(r.concurrency), 3)} ${pad(r.throughput.toFixed(1), 7, true)}/s `
          + `p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms  errors ${r.errors}  cpu bot ${r.cpuCores.bot} wm ${r.cpuCores.wiremock} `
          + `load ${r.cpuCores.load}  rss ${r.rssMaxMb} MB  loadavg ${r.loadavgBefore}${r.firstError ? '  first error: ' + r.firstError : ''}`);
      }
    }
  }
  fs.writeFileSync(args.out, JSON.stringify(results, null, 2));
}

// ------------------------------------------------------------------------------------------ dispatch

async function dispatch() {
  const bot = args.bot;
  const wiremock = args.wiremock;
  const conversations = Number(args.conversations || 1000);
  const per = Number(args['per-conversation'] || 10);
  const expected = conversations * per;
  const serviceUrl = `${wiremock}/dispatch/`;

  await request(`${wiremock}/__admin/requests`, 'DELETE');
  await request(`${wiremock}/__admin/scenarios/reset`, 'POST');
  // The real Bot Connector is across a network: with a delay per answer, a sender that waits for each one is
  // bound by the round trip, not by CPU.
  const connectorDelayMs = Number(args['connector-delay-ms'] || 0);
  await request(`${wiremock}/__admin/settings`, 'POST', JSON.stringify({ fixedDelay: connectorDelayMs }),
    { 'Content-Type': 'application/json' });

  const seedStart = Date.now();
  const seeded = JSON.parse((await request(
    `${bot}/bench/outbox?conversations=${conversations}&perConversation=${per}&serviceUrl=${encodeURIComponent(serviceUrl)}`,
    'POST')).body);
  console.log(`  seeded ${seeded.seeded} due reminders in ${conversations} conversations (one transaction, ${seeded.committedAt - seeded.startedAt} ms)`);
  if (seeded.seeded !== expected) throw new Error(`seeded ${seeded.seeded}, expected ${expected}`);
  // CPU time of the bot and of WireMock from the seed's commit to the end: what a send costs each, which depends far
  // less on what else runs on the machine than the wall-clock time does.
  const cpuAtStart = { bot: cpuTicks(args['bot-pid']), wiremock: cpuTicks(args['wiremock-pid']) };

  let status;
  const deadline = Date.now() + Number(args.timeout || 300) * 1000;
  for (;;) {
    status = JSON.parse((await request(`${bot}/bench/outbox`, 'GET')).body);
    const done = (status.SENT || 0) + (status.FAILED || 0);
    if (done >= expected || Date.now() > deadline) break;
    await sleep(250);
  }
  const totalMs = status.lastSentAt - seeded.committedAt;
  await request(`${wiremock}/__admin/settings`, 'POST', JSON.stringify({ fixedDelay: 0 }), { 'Content-Type': 'application/json' });
  const cpuSeconds = {};
  for (const [name, pid] of [['bot', args['bot-pid']], ['wiremock', args['wiremock-pid']]]) {
    const end = cpuTicks(pid);
    cpuSeconds[name] = end == null || cpuAtStart[name] == null ? null : round((end - cpuAtStart[name]) / HZ, 1);
  }

  // What the connector saw: every POST of a bench reminder, with its answer.
  const journal = JSON.parse((await request(`${wiremock}/__admin/requests?limit=100000`, 'GET')).body);
  const events = journal.requests.filter((e) => e.request.method === 'POST' && e.request.url.startsWith('/dispatch/'));
  const delivered = new Map();
  const byConversation = new Map();
  let throttled = 0;
  let other = 0;
  for (const e of events) {
    const st = e.responseDefinition.status;
    const text = JSON.parse(e.request.body).text;
    const conversation = decodeURIComponent(e.request.url.split('/')[4]);
    if (!byConversation.has(conversation)) byConversation.set(conversation, []);
    byConversation.get(conversation).push(e.request.loggedDate);
    if (st === 200) delivered.set(text, (delivered.get(text) || 0) + 1);
    else if (st === 429) throttled++;
    else other++;
  }
  let twice = 0;
  for (const n of delivered.values()) if (n > 1) twice++;
  const missing = [];
  for (let c = 0; c < conversations; c++) {
    for (let i = 0; i < per; i++) if (!delivered.has(`bench-${c}-${i}`)) missing.push(`bench-${c}-${i}`);
  }
  // Teams' per-conversation limits, checked on what arrived (200s and 429s alike): the tightest span of 8 sends
  // must be >= 1 s (7/1 s), of 9 sends >= 2 s (8/2 s), of 61 sends >= 30 s (60/30 s).
  // The conversation with the tightest 8 is kept with its post times (ms after its first post) to show why.
  const tightest = { 8: Infinity, 9: Infinity, 61: Infinity };
  let tightest8Conversation = null;
  for (const [conversation, times] of byConversation.entries()) {
    times.sort((a, b) => a - b);
    for (const k of Object.keys(tightest)) {
      const n = Number(k);
      for (let i = 0; i + n - 1 < times.length; i++) {
        const span = times[i + n - 1] - times[i];
        if (span < tightest[k]) {
          tightest[k] = span;
          if (n === 8) tightest8Conversation = { conversation, postsMsAfterFirst: times.map((t) => t - times[0]) };
        }
      }
    }
  }
  // Lower bound from the rate limits alone: in one conversation 7 sends at 0 s, the 8th at 1 s, then 8 more per
  // 2 s (and 60 per 30 s, 1800 per hour); the conversations run in parallel, so the busiest one sets the bound.
  const boundMs = rateLimitBoundMs(per);
  const result = {
    conversations, perConversation: per, expected, connectorDelayMs, seededMs: seeded.committedAt - seeded.startedAt,
    status, totalMs, boundMs, ratio: round(totalMs / boundMs, 1),
    throughput: round(expected / (totalMs / 1000), 1),
    connectorPosts: events.length, answered429: throttled, otherStatus: other, cpuSeconds,
    cpuMsPerPost: Object.fromEntries(Object.entries(cpuSeconds).map(([k, v]) => [k, v == null ? null : round(1000 * v / events.length, 2)])),
    distinctDelivered: delivered.size, deliveredTwice: twice, missing: missing.length, missingSample: missing.slice(0, 5),
    tightestSpanMs: { '8 sends (>=1000)': tightest[8], '9 sends (>=2000)': tightest[9], '61 sends (>=30000)': tightest[61] === Infinity ? null : tightest[61] },
    tightest8Conversation,
    loadavg: loadavg(),
  };
  console.log(`  ${JSON.stringify(result)}`);
  fs.writeFileSync(args.out, JSON.stringify(result, null, 2));
}

function rateLimitBoundMs(per) {
  // Earliest send times under 7/1 s, 8/2 s, 60/30 s, 1800/h (a send at t counts in (t - window, t]).
  const windows = [[1000, 7], [2000, 8], [30000, 60], [3600000, 1800]];
  const times = [];
  let t = 0;
  while (times.length < per) {
    let wait = 0;
    for (const [w, max] of windows) {
      const inside = times.filter((x) => x > t - w);
      if (inside.length >= max) wait = Math.max(wait, inside[inside.length - max] + w - t + 1);
    }
    if (wait > 0) { t += wait; continue; }
    times.push(t);
  }
  return times[times.length - 1];
}

// ------------------------------------------------------------------------------------------ growth

/** "@Kernebot <text>" in a group chat, as Teams sends it. */
function typed(conversationId, user, serviceUrl, text) {
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...base('message', conversationId, user, serviceUrl),
    text: `${mention} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
  };
}

/** Every activity the bot posted into one conversation, oldest first, from WireMock's journal. */
async function postedTo(wiremock, conversationId) {
  const pattern = `/v3/conversations/${conversationId.replace(/[^A-Za-z0-9-]+/g, '.+')}/activities.*`;
  const r = await request(`${wiremock}/__admin/requests/find`, 'POST', { method: 'POST', urlPattern: pattern });
  const found = JSON.parse(r.body).requests || [];
  return found.sort((a, b) => a.loggedDate - b.loggedDate).map((q) => q.body);
}

function cardOf(activityJson) {
  try {
    const a = typeof activityJson === 'string' ? JSON.parse(activityJson) : activityJson;
    const att = (a.attachments || []).find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
    return att ? att.content : (a.value && a.value.type === 'application/vnd.microsoft.card.adaptive' ? a.value.value : null);
  } catch { return null; }
}

function bytes(x) { return Buffer.byteLength(typeof x === 'string' ? x : JSON.stringify(x)); }

/** The first Action.Execute titled "Vis flere"/"Vis alle" (the card's paging), wherever it sits in the card. */
function pagingAction(node) {
  if (node == null || typeof node !== 'object') return null;
  if (node.type === 'Action.Execute' && /^(Vis flere|Vis alle|Show more|Show all)/.test(node.title || '')) return node;
  for (const v of Object.values(node)) {
    const found = pagingAction(v);
    if (found) return found;
  }
  return null;
}

/** Runs typed commands and clicks in-process (POST /bench/run, bench jar only): history built in seconds. */
async function runLines(bot, serviceUrl, conversationId, lines) {
  const r = await request(`${bot}/bench/run?conversation=${encodeURIComponent(conversationId)}&serviceUrl=${encodeURIComponent(serviceUrl)}`,
    'POST', lines.join('\n'), { 'Content-Type': 'text/plain' });
  if (r.status !== 200) throw new Error(`/bench/run answered ${r.status}: ${r.body.slice(0, 300)}`);
  return JSON.parse(r.body);
}

function form(data) { return Object.entries(data).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'); }

/** A handleplan with n goals, one action each (owner, due date), built with the commands a group would type. */
async function buildPlan(bot, serviceUrl, conversationId, n) {
  const lines = [];
  for (let i = 1; i <= n; i++) {
    lines.push(`${USERS[i % USERS.length]}|mål Mål ${i}: Alle børn oplever sprog og leg i små fællesskaber, og vi følger op hver måned`);
    lines.push(`Anne|handling Handling ${i}: Vi afprøver sprogkufferten på stuen og deler erfaringer ansvarlig mig frist 2027-06-${String(1 + (i % 28)).padStart(2, '0')} til mål ${i}`);
  }
  return runLines(bot, serviceUrl, conversationId, lines);
}

/** p50/p99 of `samples` runs of `run` (after 2 unmeasured), in ms. */
async function timed(samples, run) {
  const ms = [];
  for (let i = 0; i < samples + 2; i++) {
    const t0 = performance.now();
    const r = await run();
    const d = performance.now() - t0;
    if (r.status < 200 || r.status >= 300) throw new Error(`answer ${r.status}: ${r.body.slice(0, 200)}`);
    if (i >= 2) ms.push(d);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50), 1), p99: round(percentile(ms, 99), 1), samples: ms.length };
}

/** The value of the first `"key": "..."` in a card (ids in the buttons' data). */
function dataOf(card, key) {
  const m = JSON.stringify(card || {}).match(new RegExp(`"${key}":"([^"]+)"`));
  return m ? m[1] : null;
}

function clickIn(endpoint, serviceUrl, conversationId, user, verb, data) {
  return request(endpoint, 'POST', execute(conversationId, user, serviceUrl, `growth-card`, verb, { verb, ...data }));
}

async function lastCard(wiremock, conversationId) {
  const posted = await postedTo(wiremock, conversationId);
  return posted.length ? { card: cardOf(posted[posted.length - 1]), activity: posted[posted.length - 1] } : { card: null, activity: null };
}

/** A kerneopgave session whose step 2 (proposals) holds n entries from 20 people. */
async function buildSessionStep(endpoint, serviceUrl, wiremock, conversationId, n) {
  await request(endpoint, 'POST', typed(conversationId, 'Anne', serviceUrl, 'start kerneopgave'));
  const sessionId = dataOf((await lastCard(wiremock, conversationId)).card, 'sessionId');
  if (!sessionId) throw new Error('no sessionId on the first session card');
  const lines = [`Anne|!session.next|${form({ sessionId, stepId: 'ramme' })}`];
  for (let i = 1; i <= n; i++) {
    lines.push(`Deltager${i % 20}|!session.contribute|${form({ sessionId, stepId: 'kerneopgave',
      text: `Forslag ${i}: Vi skaber trygge rammer, hvor alle børn bliver set og hørt i fællesskabet` })}`);
  }
  await runLines(args.bot, serviceUrl, conversationId, lines);
  return { sessionId, accepted: n };
}

const AGENDA = ['laereplan', 'laeringsmiljoe', 'sprog', 'trivsel', 'foraeldre', 'overgange', 'indsatser'];

/** A kvalitetssamtale with n notes over the seven agenda points, moved on to its summary. */
async function buildQualityConversation(endpoint, serviceUrl, wiremock, conversationId, n) {
  await request(endpoint, 'POST', typed(conversationId, 'Dorte', serviceUrl, 'start kvalitetssamtale'));
  const sessionId = dataOf((await lastCard(wiremock, conversationId)).card, 'sessionId');
  if (!sessionId) throw new Error('no sessionId on the first kvalitetssamtale card');
  const lines = [`Dorte|!session.contribute|${form({ sessionId, stepId: 'ramme', role: 'DAGTILBUDSCHEF' })}`];
  let previous = 'ramme';
  for (let p = 0; p < AGENDA.length; p++) {
    lines.push(`Dorte|!session.next|${form({ sessionId, stepId: previous })}`);
    const here = Math.floor(n / AGENDA.length) + (p < n % AGENDA.length ? 1 : 0);
    for (let i = 1; i <= here; i++) {
      lines.push(`${USERS[i % USERS.length]}|!session.contribute|${form({ sessionId, stepId: AGENDA[p], category: 'NOTE',
        text: `Note ${i} om ${AGENDA[p]}: vi så fremgang i børnegrupperne, men vil følge op i foråret` })}`);
    }
    previous = AGENDA[p];
  }
  lines.push(`Dorte|!session.next|${form({ sessionId, stepId: previous })}`);
  lines.push(`Dorte|!session.next|${form({ sessionId, stepId: 'evaluering' })}`);
  // The agreement step (nordfyn-agree) comes before the summary; with notes only there is nothing to agree on.
  lines.push(`Dorte|!session.next|${form({ sessionId, stepId: 'aftale' })}`);
  await runLines(args.bot, serviceUrl, conversationId, lines);
  const accepted = n;
  return { sessionId, accepted };
}

async function sessionGrowth(rowsOut, samples) {
  const endpoint = `${args.bot}/api/messages`;
  const serviceUrl = args['service-url'];
  const wiremock = args.wiremock;
  const tag = `${process.pid}-${Date.now()}`;
  const steps = (args['step-sizes'] || '10,100,500').split(',').map(Number);
  const notes = (args['note-sizes'] || '20,200').split(',').map(Number);
  const t0 = performance.now();
  const built = await Promise.all([
    ...steps.map(async (n) => ({ card: 'session step', unit: 'entries', n, id: `19:growth-step-${n}-${tag}@thread.v2`,
      ...(await buildSessionStep(endpoint, serviceUrl, wiremock, `19:growth-step-${n}-${tag}@thread.v2`, n)) })),
    ...notes.map(async (n) => ({ card: 'kvalitetssamtale summary', unit: 'notes', n, id: `19:growth-kvalitet-${n}-${tag}@thread.v2`,
      ...(await buildQualityConversation(endpoint, serviceUrl, wiremock, `19:growth-kvalitet-${n}-${tag}@thread.v2`, n)) })),
  ]);
  console.log(`  built sessions in ${((performance.now() - t0) / 1000).toFixed(1)} s (load average ${loadavg()})`);
  for (const b of built) {
    const user = b.card === 'session step' ? 'Anne' : 'Dorte';
    const cmd = await timed(samples, () => request(endpoint, 'POST', typed(b.id, user, serviceUrl, 'fortsæt')));
    const { card, activity } = await lastCard(wiremock, b.id);
    const row = { card: b.card, size: b.n, unit: b.unit, accepted: b.accepted, how: '"fortsæt"',
      cardBytes: card ? bytes(card) : null, activityBytes: activity ? bytes(activity) : null,
      shortened: !!(card && JSON.stringify(card).includes('/indhold/')), ...cmd };
    rowsOut.push(row);
    console.log(`  ${JSON.stringify(row)}`);
    const paging = card ? pagingAction(card) : null;
    if (paging) {
      let answer = null;
      const click = await timed(samples, async () => { answer = await clickIn(endpoint, serviceUrl, b.id, user, paging.verb || (paging.data || {}).verb, paging.data || {}); return answer; });
      let clicked = null;
      try { clicked = cardOf(JSON.parse(answer.body)); } catch { /* not a card */ }
      const row2 = { card: b.card, size: b.n, unit: b.unit, how: `click "${paging.title}"`, cardBytes: clicked ? bytes(clicked) : null,
        activityBytes: answer ? bytes(answer.body) : null, shortened: !!(clicked && JSON.stringify(clicked).includes('/indhold/')), ...click };
      rowsOut.push(row2);
      console.log(`  ${JSON.stringify(row2)}`);
    }
  }
}

/**
 * A chef's overview of n institutions (issue 19): n group chats with a handleplan of 3 goals each (an action each,
 * every third institution's overdue), put in institution files that name one chef (admin API, BENCH admin key); the
 * chef writes "oversigt" in a personal chat.
 */
/** The chef's Entra object id, as the institution file must name it. */
const CHEF_AAD = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

async function chefGrowth(rowsOut, samples) {
  const endpoint = `${args.bot}/api/messages`;
  const serviceUrl = args['service-url'];
  const wiremock = args.wiremock;
  const n = Number(args.institutions || 0);
  const key = args['admin-key'];
  if (!n || !key) return;
  const tag = `${process.pid}-${Date.now()}`;
  const t0 = performance.now();
  for (let i = 1; i <= n; i++) {
    const id = `19:growth-inst-${i}-${tag}@thread.v2`;
    await request(endpoint, 'POST', typed(id, 'Anne', serviceUrl, 'hjælp'));
    const lines = [];
    for (let g = 1; g <= 3; g++) {
      lines.push(`Anne|mål Mål ${g} for institution ${i}: alle børn oplever sprog og leg i små fællesskaber`);
      const due = i % 3 === 0 ? '2026-01-15' : `2027-06-${String(1 + (g % 28)).padStart(2, '0')}`;
      lines.push(`Anne|handling Handling ${g}: sprogkufferten på stuen ansvarlig mig frist ${due} til mål ${g}`);
    }
    await runLines(args.bot, serviceUrl, id, lines);
    const file = { id: `bench-inst-${i}-${tag}`, name: `Børnehuset nr. ${i}`,
      kerneopgave: { da: 'Vi skaber trygge fællesskaber, hvor alle børn trives.' },
      vaerdisaet: [{ id: 'faellesskab', name: { da: 'Fællesskab' }, description: { da: 'Alle børn skal opleve at høre til.' } }],
      conversations: [id], chefs: [{ aadObjectId: CHEF_AAD, name: 'Chef' }] };
    const r = await request(`${args.bot}/admin/institutions`, 'PUT', file, { 'X-Admin-Key': key });
    if (r.status !== 200 && r.status !== 201) throw new Error(`PUT /admin/institutions answered ${r.status}: ${r.body.slice(0, 200)}`);
  }
  console.log(`  built ${n} institutions in ${((performance.now() - t0) / 1000).toFixed(1)} s (load average ${loadavg()})`);
  const personal = `a:growth-chef-${tag}`;
  const chefMessage = () => {
    const m = typed(personal, 'Chef', serviceUrl, 'oversigt');
    m.from = { ...m.from, aadObjectId: CHEF_AAD };
    m.conversation = { id: personal, tenantId: 'tenant-bench', conversationType: 'personal' };
    m.text = 'oversigt';
    m.entities = [];
    return m;
  };
  const cmd = await timed(samples, () => request(endpoint, 'POST', chefMessage()));
  const { card, activity } = await lastCard(wiremock, personal);
  const row = { card: 'chef overview', size: n, unit: 'institutions', how: '"oversigt"', cardBytes: card ? bytes(card) : null,
    activityBytes: activity ? bytes(activity) : null, shortened: !!(card && JSON.stringify(card).includes('/indhold/')), ...cmd };
  rowsOut.push(row);
  console.log(`  ${JSON.stringify(row)}`);
  const paging = card ? pagingAction(card) : null;
  if (paging) {
    let answer = null;
    const click = await timed(samples, async () => {
      const inv = execute(personal, 'Chef', serviceUrl, 'growth-chef-card', paging.verb || (paging.data || {}).verb, paging.data || {});
      inv.from = { ...inv.from, aadObjectId: CHEF_AAD };
      inv.conversation = { id: personal, tenantId: 'tenant-bench', conversationType: 'personal' };
      answer = await request(endpoint, 'POST', inv);
      return answer;
    });
    let clicked = null;
    try { clicked = cardOf(JSON.parse(answer.body)); } catch { /* not a card */ }
    const row2 = { card: 'chef overview', size: n, unit: 'institutions', how: `click "${paging.title}"`,
      cardBytes: clicked ? bytes(clicked) : null, activityBytes: answer ? bytes(answer.body) : null,
      shortened: !!(clicked && JSON.stringify(clicked).includes('/indhold/')), ...click };
    rowsOut.push(row2);
    console.log(`  ${JSON.stringify(row2)}`);
  }
}

async function growth() {
  const endpoint = `${args.bot}/api/messages`;
  const serviceUrl = args['service-url'];
  const wiremock = args.wiremock;
  const sizes = (args.sizes || '5,50,200,1000').split(',').map(Number);
  const samples = Number(args.samples || 30);
  const tag = `${process.pid}-${Date.now()}`;
  const results = [];

  console.log(`  building handleplans with ${sizes.join(', ')} goals (an action each, 2 status changes each) ...`);
  const t0 = performance.now();
  const plans = sizes.map((n) => ({ n, id: `19:growth-plan-${n}-${tag}@thread.v2` }));
  for (const p of plans) await buildPlan(args.bot, serviceUrl, p.id, p.n);
  for (const p of plans) {
    await request(`${args.bot}/bench/plan-history?conversation=${encodeURIComponent(p.id)}&perAction=2`, 'POST', null);
  }
  console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s; measuring ${samples} runs each (load average ${loadavg()})`);

  for (const p of plans) {
    const cmd = await timed(samples, () => request(endpoint, 'POST', typed(p.id, 'Bo', serviceUrl, 'handleplan')));
    const posted = await postedTo(wiremock, p.id);
    const last = posted[posted.length - 1];
    const card = cardOf(last);
    const row = { card: 'handleplan', size: p.n, unit: 'goals', how: '"handleplan"', cardBytes: card ? bytes(card) : null,
      activityBytes: last ? bytes(last) : null, shortened: !!(card && JSON.stringify(card).includes('/indhold/')), ...cmd };
    results.push(row);
    console.log(`  ${JSON.stringify(row)}`);
    const paging = card ? pagingAction(card) : null;
    if (paging) {
      let answer = null;
      const click = await timed(samples, async () => {
        const r = await request(endpoint, 'POST', execute(p.id, 'Bo', serviceUrl, `growth-card-${p.n}`, paging.verb || (paging.data || {}).verb, paging.data || {}));
        answer = r;
        return r;
      });
      let clicked = null;
      try { clicked = cardOf(JSON.parse(answer.body)); } catch { /* not a card */ }
      const row2 = { card: 'handleplan', size: p.n, unit: 'goals', how: `click "${paging.title}"`,
        cardBytes: clicked ? bytes(clicked) : null, activityBytes: answer ? bytes(answer.body) : null,
        shortened: !!(clicked && JSON.stringify(clicked).includes('/indhold/')), ...click };
      results.push(row2);
      console.log(`  ${JSON.stringify(row2)}`);
    }
  }
  if (args['step-sizes'] !== 'none') {
    console.log('  sessions: a kerneopgave step with many entries, a kvalitetssamtale summary with many notes ...');
    await sessionGrowth(results, samples);
  }
  if (args.institutions && args.institutions !== '0') {
    console.log(`  a chef's overview of ${args.institutions} institutions ...`);
    // A failure here must not lose the figures measured before it.
    try { await chefGrowth(results, samples); } catch (e) { console.log(`  chef overview failed: ${e.message}`); }
  }
  fs.writeFileSync(args.out, JSON.stringify({ results, loadavg: loadavg() }, null, 2));
}

// ------------------------------------------------------------------------------------------ report

function report() {
  const dir = args.dir;
  const read = (f) => (fs.existsSync(`${dir}/${f}`) ? JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8')) : null);
  const acts = read('activities.json') || [];
  const disp = read('dispatch.json');
  const startup = read('startup.json') || {};
  const lines = [];
  lines.push('');
  lines.push('Incoming activities (closed loop; latency in ms)');
  lines.push('| kind    | conv | full bot /s | floor /s | full % of floor | full p50 | p95 | p99 | floor p50 | p95 | p99 | errors full/floor |');
  lines.push('|---------|-----:|------------:|---------:|----------------:|---------:|----:|----:|----------:|----:|----:|------------------:|');
  for (const kind of ['message', 'invoke']) {
    for (const level of [...new Set(acts.map((a) => a.concurrency))]) {
      const f = acts.find((a) => a.bot === 'full' && a.kind === kind && a.concurrency === level);
      const e = acts.find((a) => a.bot === 'echo' && a.kind === kind && a.concurrency === level);
      if (!f || !e) continue;
      lines.push(`| ${pad(kind, 7)} | ${pad(String(level), 4, true)} | ${pad(fmt(f.throughput), 11, true)} | ${pad(fmt(e.throughput), 8, true)} | `
        + `${pad(fmt(100 * f.throughput / e.throughput, 0) + ' %', 15, true)} | ${pad(fmt(f.p50), 8, true)} | ${fmt(f.p95)} | ${fmt(f.p99)} | `
        + `${pad(fmt(e.p50), 9, true)} | ${fmt(e.p95)} | ${fmt(e.p99)} | ${pad(`${f.errors}/${e.errors}`, 17, true)} |`);
    }
  }
  // CPU time per activity depends far less on what else runs on the machine than wall-clock figures do.
  lines.push('');
  lines.push('CPU per activity (ms of CPU time, from /proc/<pid>/stat) and what it implies for 2 cores of our own');
  lines.push('| bot  | kind    | conv | cores busy: bot / WireMock / load gen | CPU ms per activity: bot / all three | activities/s if 2 free cores ran all three (estimate) |');
  lines.push('|------|---------|-----:|--------------------------------------:|-------------------------------------:|------------------------------------------------------:|');
  for (const a of acts) {
    const all = a.cpuCores.bot + a.cpuCores.wiremock + a.cpuCores.load;
    const botMs = (1000 * a.cpuCores.bot) / a.throughput;
    const allMs = (1000 * all) / a.throughput;
    lines.push(`| ${pad(a.bot, 4)} | ${pad(a.kind, 7)} | ${pad(String(a.concurrency), 4, true)} | ${a.cpuCores.bot} / ${a.cpuCores.wiremock} / ${a.cpuCores.load} | `
      + `${fmt(botMs, 2)} / ${fmt(allMs, 2)} | ${fmt(2000 / allMs, 0)} |`);
  }
  if (disp) {
    lines.push('');
    lines.push(`Reminder dispatch${disp.connectorDelayMs ? ` (connector answers after ${disp.connectorDelayMs} ms)` : ''}`);
    lines.push(`| reminders | conversations | delivered (distinct) | twice | missing | FAILED rows | 429 answered | total time | rate-limit bound | sends/s |`);
    lines.push(`|----------:|--------------:|---------------------:|------:|--------:|------------:|-------------:|-----------:|-----------------:|--------:|`);
    lines.push(`| ${disp.expected} | ${disp.conversations} | ${disp.distinctDelivered} | ${disp.deliveredTwice} | ${disp.missing} | ${disp.status.FAILED || 0} | `
      + `${disp.answered429} of ${disp.connectorPosts} posts | ${(disp.totalMs / 1000).toFixed(1)} s | ${(disp.boundMs / 1000).toFixed(1)} s | ${disp.throughput} |`);
    lines.push(`Tightest spans per conversation at the connector (ms): ${JSON.stringify(disp.tightestSpanMs)}`);
    if (disp.cpuSeconds) {
      lines.push(`CPU during the dispatch: bot ${disp.cpuSeconds.bot} s (${disp.cpuMsPerPost.bot} ms per post), `
        + `WireMock ${disp.cpuSeconds.wiremock} s (${disp.cpuMsPerPost.wiremock} ms per post)`);
    }
  }
  const grow = read('growth.json');
  if (grow) {
    lines.push('');
    lines.push('Card growth (bytes of the card posted / answered; latency of the command or click producing it, ms; target: every card under 40 KB, p99 at the largest size within 1.5x of the smallest)');
    lines.push('| card | size | produced by | card bytes | activity bytes | shortened by the guard | p50 | p99 | runs |');
    lines.push('|------|-----:|-------------|-----------:|---------------:|------------------------|----:|----:|-----:|');
    for (const r of grow.results) {
      lines.push(`| ${r.card} | ${r.size} ${r.unit} | ${r.how} | ${r.cardBytes ?? 'n/a'} | ${r.activityBytes ?? 'n/a'} | ${r.shortened ? 'yes' : 'no'} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.samples} |`);
    }
    for (const how of [...new Set(grow.results.map((r) => `${r.card}|${r.how}`))]) {
      const rows = grow.results.filter((r) => `${r.card}|${r.how}` === how).sort((a, b) => a.size - b.size);
      if (rows.length > 1) {
        const first = rows[0]; const lastRow = rows[rows.length - 1];
        lines.push(`${how.replace('|', ' ')}: p99 at ${lastRow.size} ${lastRow.unit} is ${fmt(lastRow.p99 / first.p99, 2)}x that at ${first.size}; largest card ${Math.max(...rows.map((r) => r.cardBytes || 0))} bytes`);
      }
    }
  }
  lines.push('');
  lines.push('Start-up and memory');
  lines.push('| process | JVM flags | JVM start to first 2xx /actuator/health | CPU time used by then | to the first answer ("hjælp") | CPU time used by then | Spring "Started ... in" | RSS idle | RSS max under 50-conversation load |');
  lines.push('|---------|-----------|---------------------------------------:|----------------------:|------------------------------:|----------------------:|------------------------:|---------:|-----------------------------------:|');
  for (const name of Object.keys(startup)) {
    const s = startup[name];
    const bot = name.startsWith('echo') ? 'echo' : 'full';
    const under = name.endsWith('plain') ? 0 : Math.max(0, ...acts.filter((a) => a.bot === bot && a.concurrency === 50).map((a) => a.rssMaxMb));
    lines.push(`| ${name} | ${s.flags || 'none'} | ${(s.healthMs / 1000).toFixed(2)} s | ${s.cpuS} s | ${s.answerMs == null ? 'n/a' : (s.answerMs / 1000).toFixed(2) + ' s'} | ${s.answerCpuS == null ? 'n/a' : s.answerCpuS + ' s'} | ${(s.started || '?').replace('Started KernebotApplication ', '')} | ${Math.round(s.rssIdleMb)} MB | ${under ? under + ' MB' : '-'} |`);
  }
  console.log(lines.join('\n'));
  fs.writeFileSync(`${dir}/table.md`, lines.join('\n') + '\n');
}

// ------------------------------------------------------------------------------------------ helpers

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }
function round(x, d) { const f = 10 ** d; return Math.round(x * f) / f; }
function fmt(x, d = 1) { return x == null || Number.isNaN(x) ? 'n/a' : Number(x).toFixed(d); }
function pad(s, n, right = false) { s = String(s); return right ? s.padStart(n) : s.padEnd(n); }

const commands = { activities, dispatch, growth, report };
if (!commands[command]) {
  console.error('usage: node load.mjs activities|dispatch|growth|report ...');
  process.exit(2);
}
await commands[command]();
agent.destroy();
