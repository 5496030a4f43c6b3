//! Durable runs: a run that pauses at a host call, hands the call to the
//! embedder, and continues when the answer comes — in this process or, from
//! a snapshot of the paused session, in another.
//!
//! The guest side is the WIT `pausable` interface (see `wit/interpreter.wit`
//! for why frames survive the pause). Limits span the whole run: each part
//! gets the fuel, output and wall-clock time the earlier parts left, and time
//! spent paused is not counted.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::bindings::{Answer, CallError, GuestHostCall, GuestProgress, PauseOptions, Refusal, Step};
use crate::error::Error;
use crate::host_fn::{decode_arguments, encode_result, Callable, HostCall, HostCallError};
use crate::instance::{from_guest, Call, Returned};
use crate::output::Output;
use crate::run::RunState;
use crate::session::Session;
use crate::snapshot::Snapshot;

/// Where a run stands after [`Session::start`] or a resume.
#[derive(Debug)]
pub enum Progress<'s> {
    /// The run ended normally; the output is this last part's.
    Done(Output),
    /// The run waits on host calls.
    Paused(Pending<'s>),
}

impl Progress<'_> {
    /// The output of the part that just ran.
    pub fn output(&self) -> &Output {
        match self {
            Progress::Done(out) => out,
            Progress::Paused(p) => &p.output,
        }
    }
}

/// A paused run: its calls, and the ways on (answer, snapshot, cancel).
///
/// Dropping it leaves the session paused: [`Session::pending`] finds the
/// run again, and [`Session::reset`] or dropping the session frees it.
#[derive(Debug)]
pub struct Pending<'s> {
    session: &'s mut Session,
    output: Output,
}

impl<'s> Pending<'s> {
    /// The calls the run waits on, oldest first.
    pub fn calls(&self) -> &[HostCall] {
        self.session.run.as_ref().map_or(&[], |r| &r.calls)
    }

    /// What the run printed in the part that ended with this pause.
    pub fn output(&self) -> &Output {
        &self.output
    }

    /// Answers call `id`: its value, or the error raised at the call site.
    pub fn resume(self, id: u32, answer: Result<Value, HostCallError>) -> Result<Progress<'s>, Error> {
        self.resume_all([(id, answer)])
    }

    /// Answers several calls at once (awaited calls from one `gather`). The
    /// run continues once the call it stands at is answered; answers to other
    /// awaited calls wait for the event loop.
    pub fn resume_all(
        self,
        answers: impl IntoIterator<Item = (u32, Result<Value, HostCallError>)>,
    ) -> Result<Progress<'s>, Error> {
        let max_value = self.session.policy.limits.max_host_value;
        let answers: Vec<Answer> = answers.into_iter().map(|(id, a)| to_answer(id, a, max_value)).collect();
        self.session.resume_answers(&answers)
    }

    /// Captures the paused session: restored anywhere (another process, or
    /// twice for two different answers), the run continues from this pause.
    pub fn snapshot(&mut self) -> Result<Snapshot, Error> {
        self.session.snapshot()
    }

    /// Abandons the run; the session stays usable, its globals as the run
    /// left them.
    pub fn cancel(self) -> Result<(), Error> {
        self.session.cancel_run()
    }

    /// The session, for its interrupt handle or identity while paused.
    pub fn session(&mut self) -> &mut Session {
        self.session
    }
}

fn to_answer(id: u32, answer: Result<Value, HostCallError>, max_value: usize) -> Answer {
    let reply = answer.and_then(|v| encode_result(&v, max_value)).map_err(|e| match e {
        HostCallError::InvalidArguments(m) => CallError::InvalidArguments(m),
        HostCallError::Failed(m) => CallError::Failed(m),
        HostCallError::Limit(m) => CallError::Limit(m),
    });
    Answer { id, reply }
}

fn refused(r: Refusal) -> Error {
    Error::Request(match r {
        Refusal::Busy => "a run is paused in this session: resume or cancel it first".into(),
        Refusal::NotPaused => "no run is paused in this session".into(),
        Refusal::UnknownCall(id) => format!("no paused call has id {id} (never made, or answered already)"),
        Refusal::DuplicateAnswer(id) => format!("call {id} is answered twice"),
        Refusal::InvalidResult(id) => format!("the answer to call {id} is not a JSON value within the bounds"),
    })
}

impl Session {
    /// `exec` for a sandbox with awaitable functions the host answers itself:
    /// a pausable run, refused if it pauses for the embedder.
    pub(crate) fn exec_pausable(&mut self, source: &str) -> Result<Output, Error> {
        match self.start(source)? {
            Progress::Done(out) => Ok(out),
            Progress::Paused(pending) => {
                let names: Vec<String> = pending.calls().iter().map(|c| format!("{}()", c.name)).collect();
                pending.cancel()?;
                Err(Error::Request(format!(
                    "the run paused at {} for an answer from the embedder: run it with Session::start",
                    names.join(", ")
                )))
            }
        }
    }

    /// Starts `source` as a pausable run: a call to a function granted with
    /// [`crate::SandboxBuilder::pausing`] (or an awaited call to one granted
    /// with [`crate::SandboxBuilder::awaitable`]) pauses it and returns the
    /// call to the caller instead of blocking. Functions granted with
    /// [`crate::SandboxBuilder::function_awaitable`] are answered by the host
    /// itself, several at once when the program gathers them.
    ///
    /// A pausing call from inside a C function's callback (a generator,
    /// `sorted(key=...)`, `map`, a class constructor) cannot pause and raises
    /// `RuntimeError` at the call site.
    pub fn start(&mut self, source: &str) -> Result<Progress<'_>, Error> {
        if self.paused()? {
            return Err(refused(Refusal::Busy));
        }
        let limits = self.policy.limits;
        let (pausing, awaitable) = self.policy.functions.pause_names();
        let options = PauseOptions { pausing, awaitable, capture: None };
        self.run = Some(RunState::new(Vec::new(), limits.fuel));
        let step = self.run_part(Call::Start { source, options: &options });
        self.after_part(step)
    }

    /// The paused run, if there is one (also in a session restored from a
    /// snapshot of a paused one).
    pub fn pending(&mut self) -> Result<Option<Pending<'_>>, Error> {
        if !self.paused()? {
            return Ok(None);
        }
        Ok(Some(Pending { session: self, output: Output::default() }))
    }

    /// Whether a run is paused, asking the guest after a restore.
    fn paused(&mut self) -> Result<bool, Error> {
        if self.run.is_none() && self.restored_unchecked {
            self.restored_unchecked = false;
            let calls = match self.plain_call(Call::Pending)? {
                Returned::Calls(calls) => calls,
                _ => unreachable!("pending returns calls"),
            };
            if !calls.is_empty() {
                let limits = self.policy.limits;
                let calls = self.host_calls(calls)?;
                self.run = Some(RunState::new(calls, limits.fuel));
            }
        }
        Ok(self.run.is_some())
    }

    pub(crate) fn refuse_if_paused(&mut self) -> Result<(), Error> {
        if self.paused()? {
            return Err(Error::Request("the session's run is paused at a host call: resume or cancel it first".into()));
        }
        Ok(())
    }

    fn cancel_run(&mut self) -> Result<(), Error> {
        self.run = None;
        self.plain_call(Call::Cancel)?;
        Ok(())
    }

    fn resume_answers(&mut self, answers: &[Answer]) -> Result<Progress<'_>, Error> {
        if !self.paused()? {
            return Err(refused(Refusal::NotPaused));
        }
        let step = self.run_part(Call::Resume(answers));
        self.after_part(step)
    }

    /// Runs one part under what is left of the run's limits.
    fn run_part(&mut self, call: Call<'_>) -> Result<(Returned, Output), Error> {
        let run = self.run.clone().expect("a run is under way");
        let limits = self.policy.limits;
        let timeout =
            limits.timeout.filter(|t| !t.is_zero()).map(|t| t.saturating_sub(run.ran_for).max(Duration::from_nanos(1)));
        self.instance.carry_output(run.output_used);
        let result = self.call_with(call, timeout, run.fuel_left);
        let run = self.run.as_mut().expect("a run is under way");
        let out = match &result {
            Ok((_, out)) => Some(out),
            Err(e) => e.output(),
        };
        if let Some(out) = out {
            run.ran_for += out.stats.duration;
            run.output_used += out.stdout.len() + out.stderr.len();
            if let (Some(left), Some(used)) = (run.fuel_left, out.stats.fuel) {
                run.fuel_left = Some(left.saturating_sub(used));
            }
        }
        result
    }

    /// Turns a part's step into progress: ends the run when it is done,
    /// answers the host's own awaitable functions, enforces the pause cap.
    fn after_part(&mut self, step: Result<(Returned, Output), Error>) -> Result<Progress<'_>, Error> {
        let mut step = step;
        loop {
            let (returned, output) = match step {
                Ok(done) => done,
                Err(e) => {
                    // A refusal changed nothing; anything else ended the run.
                    if !matches!(e, Error::Request(_)) {
                        self.run = None;
                    }
                    return Err(e);
                }
            };
            let step_result = match returned {
                Returned::Step(s) => s,
                _ => unreachable!("start and resume return a step"),
            };
            let Step { progress, .. } = step_result.map_err(refused)?;
            let calls = match progress {
                GuestProgress::Done(result) => {
                    self.run = None;
                    return result.map(|()| Progress::Done(output.clone())).map_err(|e| from_guest(e, output));
                }
                GuestProgress::Paused(calls) => self.host_calls(calls)?,
            };
            let limits = self.policy.limits;
            let run = self.run.as_mut().expect("a run is under way");
            run.pauses += 1;
            run.calls = calls.clone();
            let own: Vec<(HostCall, std::sync::Arc<Callable>)> = calls
                .iter()
                .filter_map(|c| self.policy.functions.awaitable_fn(&c.name).map(|f| (c.clone(), f)))
                .collect();
            let answers: Vec<Answer> = if run.pauses > limits.max_pauses {
                let why = format!("more than {} pauses in one run", limits.max_pauses);
                calls.iter().map(|c| Answer { id: c.id, reply: Err(CallError::Limit(why.clone())) }).collect()
            } else if !own.is_empty() {
                self.answer_own(own)?
            } else {
                return Ok(Progress::Paused(Pending { session: self, output }));
            };
            step = self.run_part(Call::Resume(&answers));
        }
    }

    /// Runs the host's own awaitable functions concurrently, within what is
    /// left of the run's time.
    fn answer_own(&mut self, calls: Vec<(HostCall, std::sync::Arc<Callable>)>) -> Result<Vec<Answer>, Error> {
        let limits = self.policy.limits;
        let run = self.run.as_ref().expect("a run is under way");
        let left = limits.timeout.filter(|t| !t.is_zero()).map(|t| t.saturating_sub(run.ran_for));
        let started = Instant::now();
        let results = wasmtime_wasi::runtime::in_tokio(async move {
            let mut set = tokio::task::JoinSet::new();
            for (call, f) in calls {
                let id = call.id;
                set.spawn(async move { (id, f(call.args).await) });
            }
            let gather = async {
                let mut out = BTreeMap::new();
                while let Some(joined) = set.join_next().await {
                    if let Ok((id, r)) = joined {
                        out.insert(id, r);
                    }
                }
                out
            };
            match left {
                Some(t) => tokio::time::timeout(t, gather).await.ok(),
                None => Some(gather.await),
            }
        });
        let Some(results) = results else {
            return Err(Error::Limit {
                kind: crate::LimitKind::Timeout,
                detail: "the call ran past its time limit".into(),
                output: Output::default(),
            });
        };
        // Time waiting on the host's own functions counts, as a blocking
        // host call's does.
        if let Some(run) = self.run.as_mut() {
            run.ran_for += started.elapsed();
        }
        let max_value = limits.max_host_value;
        Ok(results.into_iter().map(|(id, r)| to_answer(id, r, max_value)).collect())
    }

    fn host_calls(&self, calls: Vec<GuestHostCall>) -> Result<Vec<HostCall>, Error> {
        // The guest bounds what it sends by the WIT cap; the embedder's cap
        // applies to the answers (to_answer).
        let max_value = crate::MAX_HOST_VALUE;
        calls
            .into_iter()
            .map(|c| {
                let args = decode_arguments(&c.arguments, max_value)
                    .map_err(|e| crate::error::internal("a paused call's arguments", e))?;
                Ok(HostCall { id: c.id, name: c.name, args, awaited: c.awaited })
            })
            .collect()
    }
}
