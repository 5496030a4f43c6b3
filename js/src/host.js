// The `host` interface: the functions the embedder grants, called by name
// with JSON arguments (wit/interpreter.wit, interface host). Functions named
// for durable runs (`pausing`, `awaitable`) are listed too, so Python can
// import them; a pausable run pauses at them before they get here, so a call
// that does get here was made outside one.
import { pausesTheRun } from './pause.js';

/** A call's failure: a WIT `call-error` case and its message. */
const fail = (tag, val) => ({ tag: 'err', val: { tag, val } });

/** What Python's host.functions() lists. */
export function hostNames(functions, paused) {
  return [...Object.keys(functions), ...paused].sort();
}

/** Calls `name` with the JSON `{"args", "kwargs"}` text; the WIT result (JSON text or a call-error). */
export function callHost(functions, paused, name, argsJson) {
  if (paused.includes(name)) return fail('failed', pausesTheRun(name));
  const f = Object.hasOwn(functions, name) ? functions[name] : undefined;
  if (typeof f !== 'function') return fail('unknown-function', `no host function '${name}' is granted`);
  let call;
  try {
    call = JSON.parse(argsJson);
  } catch (e) {
    return fail('invalid-arguments', `arguments are not JSON: ${e.message}`);
  }
  const kwargs = call.kwargs ?? {};
  const args = Object.keys(kwargs).length ? [...call.args, kwargs] : call.args;
  let result;
  try {
    result = f(...args);
  } catch (e) {
    return fail(e instanceof TypeError ? 'invalid-arguments' : 'failed', `${e?.name ?? 'Error'}: ${e?.message ?? e}`);
  }
  if (result instanceof Promise) return fail('failed', `host function '${name}' returned a Promise; host functions are synchronous`);
  let json;
  try {
    json = JSON.stringify(result ?? null);
  } catch (e) {
    return fail('failed', `the result cannot be returned: ${e.message}`);
  }
  return json === undefined ? fail('failed', `the result cannot be returned as JSON (a ${typeof result})`) : { tag: 'ok', val: json };
}
