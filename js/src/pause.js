// Durable runs: Session.start(code) runs code that pauses at a call to a
// function named in `pausing` (or, when no asyncio task can run, at the
// awaited calls to functions named in `awaitable`) and hands the calls to
// the embedder as a Pending; its answers continue the run where it stood.
// The guest side is the component's `pausable` interface (wit/interpreter.wit
// says why the frames survive the pause).
//
// Limits span the whole run, as in the Rust host (host/src/pause.rs): each
// part (start, then each resume) is captured with the output budget and the
// running time the earlier parts left; time spent paused is not counted.
// The guest's own limits differ: the memory cap holds for the instance, and
// the step budget (maxSteps) is counted by the guest per call, so it bounds
// each part, not the run (the guest does not say how many steps a part took).
import { ConfigurationError, RequestError } from './errors.js';
import { decodeOutput, outcome } from './outcome.js';

export const DEFAULT_MAX_PAUSES = 1000;

/** The WIT `call-error` cases an error answer may take, and what Python raises for each. */
export const CALL_ERROR_KINDS = ['failed', 'invalid-arguments', 'limit', 'unknown-function'];

/** The message a pausing or awaitable function gives when called outside a pausable run. */
export function pausesTheRun(name) {
  return `${name}() pauses the run for its answer, so only a pausable run can call it`;
}

function namesFrom(option, list) {
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((n) => typeof n === 'string' && n !== '')) {
    throw new TypeError(`${option} must be an array of function names`);
  }
  return [...list];
}

/**
 * The options `pausing`, `awaitable` and `maxPauses`, checked against the
 * `functions` granted: a name is granted once, as one of the three.
 */
export function pauseOptionsFrom({ functions = {}, pausing, awaitable, maxPauses = DEFAULT_MAX_PAUSES } = {}) {
  if (!Number.isInteger(maxPauses) || maxPauses < 0 || maxPauses > 0xffffffff) {
    throw new RangeError('maxPauses must be an integer in 0..2^32-1');
  }
  const config = { pausing: namesFrom('pausing', pausing), awaitable: namesFrom('awaitable', awaitable), maxPauses };
  const seen = new Set(Object.keys(functions));
  for (const name of [...config.pausing, ...config.awaitable]) {
    if (seen.has(name)) throw new ConfigurationError(`'${name}' is granted twice (among functions, pausing and awaitable)`);
    seen.add(name);
  }
  return config;
}

/** A refusal of the `pausable` interface (instance.js throws it as a Refusal, the WIT refusal its `payload`), as a RequestError. */
function refusal(e) {
  const r = e !== null && typeof e === 'object' && Object.hasOwn(e, 'payload') ? e.payload : undefined;
  switch (r?.tag) {
    case 'busy': return new RequestError('a run is paused in this session: resume or cancel it first');
    case 'not-paused': return new RequestError('no run is paused in this session');
    case 'unknown-call': return new RequestError(`no paused call has id ${r.val} (never made, or answered already)`);
    case 'duplicate-answer': return new RequestError(`call ${r.val} is answered twice`);
    case 'invalid-result': return new RequestError(`the answer to call ${r.val} is not a JSON value within the bounds`);
    default: return undefined;
  }
}

function checkId(id) {
  if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RequestError(`${String(id)} is not a call id`);
}

function errorAnswer(id, message, kind) {
  checkId(id);
  if (!CALL_ERROR_KINDS.includes(kind)) {
    throw new RequestError(`'${kind}' is not an error kind: one of ${CALL_ERROR_KINDS.join(', ')}`);
  }
  return { id, reply: { tag: 'err', val: { tag: kind, val: String(message) } } };
}

/**
 * The WIT answer for `value`: its JSON text, or for an Error the error a
 * synchronous host function throwing it would give (TypeError: Python's
 * TypeError; anything else host.HostError).
 */
function answer(id, value) {
  checkId(id);
  if (value instanceof Error) {
    return errorAnswer(id, `${value.name}: ${value.message}`, value instanceof TypeError ? 'invalid-arguments' : 'failed');
  }
  let json;
  try {
    json = JSON.stringify(value ?? null);
  } catch (e) {
    throw new RequestError(`the answer to call ${id} cannot be sent as JSON: ${e.message}`);
  }
  if (json === undefined) throw new RequestError(`the answer to call ${id} cannot be sent as JSON (a ${typeof value})`);
  return { id, reply: { tag: 'ok', val: json } };
}

/** `resumeAll`'s argument (a Map, or an array of [id, value] pairs) as WIT answers. */
function answersFrom(answers) {
  const entries = answers instanceof Map ? [...answers] : answers;
  if (!Array.isArray(entries) || !entries.every((e) => Array.isArray(e) && e.length === 2)) {
    throw new RequestError('answers are a Map of call id to value, or an array of [id, value] pairs');
  }
  if (entries.length === 0) throw new RequestError('no answers given');
  return entries.map(([id, value]) => answer(id, value));
}

/** A paused call as the embedder sees it. */
function hostCall(c) {
  const { args = [], kwargs = {} } = JSON.parse(c.arguments);
  return Object.freeze({ id: c.id, name: c.name, args, kwargs, awaited: c.awaited });
}

/**
 * A paused run: the calls it waits on, what its last part printed, and the
 * ways on. Each Pending is good for one resume (or cancel); the resume
 * returns the next one while the run goes on pausing.
 */
export class Pending {
  #runs;

  /** @internal Made by Session.start and by a resume. */
  constructor(runs, calls, output) {
    this.#runs = runs;
    /** Every unanswered call, oldest first: `{ id, name, args, kwargs, awaited }`. */
    this.calls = Object.freeze(calls);
    /** What the part that ended with this pause printed. */
    this.stdout = output.stdout;
    this.stderr = output.stderr;
    Object.freeze(this);
  }

  /** Answers call `id` with `value` (JSON-shaped; an Error answers with an error instead). */
  async resume(id, value) {
    return this.#runs.resume(this, [answer(id, value)]);
  }

  /**
   * Answers call `id` with an error raised at its call site: `kind`
   * "failed" (host.HostError, the default), "limit" (host.HostLimitError),
   * "invalid-arguments" (TypeError) or "unknown-function" (AttributeError).
   */
  async resumeError(id, message, kind = 'failed') {
    return this.#runs.resume(this, [errorAnswer(id, message, kind)]);
  }

  /**
   * Answers several calls at once: a Map of id to value or an array of
   * [id, value] pairs (an Error value answers with an error). Awaited calls
   * may be answered a few at a time; the run goes on with those.
   */
  async resumeAll(answers) {
    return this.#runs.resume(this, answersFrom(answers));
  }

  /** Abandons the run; the session stays usable, its globals as the run left them. */
  cancel() {
    this.#runs.cancel(this);
  }
}

/**
 * One interpreter instance's pausable runs: at most one at a time, paused
 * or not. `live()` is the session's check that it is still open; `limits`
 * its per-call limits, which here bound the whole run.
 */
export class PausableRuns {
  #pausable;
  #live;
  #limits;
  #config;
  /** The run under way: its accounting and its current Pending. */
  #run;

  constructor(pausable, live, limits, config) {
    this.#pausable = pausable;
    this.#live = live;
    this.#limits = limits;
    this.#config = config;
  }

  /** The paused run's Pending, or null. */
  get pending() {
    return this.#run?.pending ?? null;
  }

  /** exec and eval share the instance with the paused run's frames: refused until it ends. */
  refuseIfPaused() {
    if (this.#run) throw new RequestError("the session's run is paused at a host call: resume or cancel it first");
  }

  start(code) {
    this.#live();
    if (this.#run) throw new RequestError('a run is paused in this session: resume or cancel it first');
    const run = { ranFor: 0, outputUsed: 0, pauses: 0, pending: null };
    const { pausing, awaitable } = this.#config;
    const step = this.#part(run, (capture) => this.#pausable.start(String(code), { pausing, awaitable, capture }));
    this.#run = run;
    return this.#after(run, step);
  }

  resume(pending, answers) {
    const run = this.#current(pending);
    const step = this.#part(run, (capture) => this.#pausable.resume(answers, capture));
    run.pending = null;
    return this.#after(run, step);
  }

  /** Forgets the run (its instance is being replaced or closed): its Pending answers nothing. */
  drop() {
    this.#run = undefined;
  }

  cancel(pending) {
    this.#current(pending);
    this.#run = undefined;
    this.#pausable.cancel();
  }

  /** The run `pending` belongs to, if it is the pause the run stands at. */
  #current(pending) {
    this.#live();
    if (!this.#run) throw new RequestError('no run is paused in this session');
    if (this.#run.pending !== pending) {
      throw new RequestError('this pause is over: the run went on from it (answer the Pending its resume returned)');
    }
    return this.#run;
  }

  /** Runs one part under what is left of the run's budget. A refusal changed nothing. */
  #part(run, call) {
    const { timeoutMs, maxOutput } = this.#limits;
    const capture = {
      maxOutput: Math.max(0, maxOutput - run.outputUsed),
      // 0 means no limit to the guest: a run with a limit always gets at least 1 ms.
      timeoutMs: timeoutMs === 0 ? 0 : Math.max(1, Math.ceil(timeoutMs - run.ranFor)),
    };
    const began = performance.now();
    let step;
    try {
      step = call(capture);
    } catch (e) {
      throw refusal(e) ?? e;
    }
    run.ranFor += performance.now() - began;
    run.outputUsed += step.output.stdout.length + step.output.stderr.length;
    return step;
  }

  /**
   * The step's progress for the caller: the output when the run is done, a
   * Pending when it paused, the error that ended it otherwise. Past
   * `maxPauses` the calls are answered with a limit error (HostLimitError at
   * the call site) and the run goes on; the output of such parts is kept
   * for the part the caller sees.
   */
  #after(run, step) {
    let earlier = { stdout: '', stderr: '' };
    for (;;) {
      const captured = step.output;
      const part = decodeOutput(captured);
      const output = { stdout: earlier.stdout + part.stdout, stderr: earlier.stderr + part.stderr };
      const { progress } = step;
      if (progress.tag === 'done' || captured.truncated || captured.timedOut || captured.guestLimit === 'steps') {
        // A limit that stopped a part ends the run even if it paused after.
        if (progress.tag === 'paused') this.#pausable.cancel();
        this.#run = undefined;
        const result = progress.tag === 'done' ? progress.val : { tag: 'ok' };
        return outcome(captured, result, this.#limits, { output, what: 'run' });
      }
      const calls = progress.val.map(hostCall);
      run.pauses += 1;
      const { maxPauses } = this.#config;
      if (run.pauses <= maxPauses) {
        run.pending = new Pending(this, calls, output);
        return run.pending;
      }
      const why = `more than ${maxPauses} pauses in one run`;
      const answers = calls.map((c) => errorAnswer(c.id, why, 'limit'));
      earlier = output;
      step = this.#part(run, (capture) => this.#pausable.resume(answers, capture));
    }
  }
}
