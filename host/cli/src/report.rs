//! How an outcome is shown: the JSON contract, or terminal text.

use mpsandbox::{ConfigError, DirAccess, Error, ErrorKind, Outcome, Output, Progress};

/// Exit status for usage errors: bad flags, an unreadable script, settings
/// the sandbox refuses.
pub const USAGE: u8 = 2;

/// Exit status for an outcome, as `--help` documents it
/// ([`mpsandbox::ErrorKind::exit_code`]).
pub fn exit_code(result: &Result<Output, Error>) -> u8 {
    match result {
        Ok(_) => 0,
        Err(e) => exit_code_of(e),
    }
}

pub fn exit_code_of(e: &Error) -> u8 {
    e.kind().exit_code()
}

/// The message for an error, in the terms of this program's flags where the
/// caller's settings are at fault (the library's names its own API).
pub fn message(e: &Error) -> String {
    let Error::Config(config) = e else { return e.message() };
    match config {
        ConfigError::Grant { host_path, access, reason } => {
            let flag = if *access == DirAccess::ReadWrite { "--dir-rw" } else { "--dir" };
            format!("{flag} {}: {reason}", host_path.display())
        }
        ConfigError::MemoryTooSmall { cap, needed } => {
            let mib = needed.div_ceil(1 << 20);
            format!("--memory {cap} bytes is too small: the interpreter needs {needed} bytes to start (try --memory {mib}M or more)")
        }
        ConfigError::HttpPattern { pattern, reason } => format!("--allow-http '{pattern}': {reason}"),
        other => other.to_string(),
    }
}

/// The outcome contract (`wit/outcome.schema.json`), with a settings error
/// worded in this program's flags.
pub fn outcome(result: &Result<Output, Error>) -> Outcome {
    let mut outcome = Outcome::of(result);
    if let (Err(e), Some(error)) = (result, outcome.error.as_mut()) {
        error.message = message(e);
    }
    outcome
}

/// [`outcome`] for a pausable run's start or resume.
pub fn progress_outcome(progress: &Result<Progress<'_>, Error>) -> Outcome {
    let mut outcome = Outcome::of_progress(progress);
    if let (Err(e), Some(error)) = (progress, outcome.error.as_mut()) {
        error.message = message(e);
    }
    outcome
}

/// What goes to stderr after streamed output, when the run failed.
pub fn error_text(e: &Error) -> String {
    match e.kind() {
        ErrorKind::Exception | ErrorKind::Syntax => e.traceback().to_string(),
        ErrorKind::Interrupted => "KeyboardInterrupt\n".into(),
        kind if kind.is_caller_fault() => format!("mpsandbox: {}\n", message(e)),
        _ => format!("mpsandbox: {e}\n"),
    }
}
