//! `mpsandbox`: the command-line face of the library. anyhow stays here, at
//! the edge; the library reports typed errors.

mod args;
mod compat;
mod json_session;
#[cfg(feature = "mcp")]
mod mcp;
mod paused;
mod repl;
mod report;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use args::Args;
use mpsandbox::{decode_source, Error, InterruptHandle, Output, OutputMode, Runtime, RuntimeBuilder};
use report::USAGE;

fn main() -> ExitCode {
    if compat::invoked_as_micropython() {
        return compat::main();
    }
    #[cfg(feature = "mcp")]
    if std::env::args_os().nth(1).is_some_and(|a| a == "mcp") {
        return mcp::main(std::env::args_os().skip(1));
    }
    let args = Args::parse_ordered();
    if args.session {
        return json_session::serve(&args);
    }
    if args.repl || (args.command.is_none() && args.file.is_none() && std::io::stdin().is_terminal()) {
        return repl::run(&args);
    }
    let (filename, source) = match read_program(&args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mpsandbox: {e:#}");
            return ExitCode::from(USAGE);
        }
    };
    let mode = if args.json { OutputMode::Capture } else { OutputMode::Inherit };
    let result = run(&args, mode, &filename, &source);
    if args.json {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", report::outcome(&result).to_value());
        let _ = out.flush();
    } else if let Err(e) = &result {
        eprint!("{}", report::error_text(e));
    }
    ExitCode::from(report::exit_code(&result))
}

fn run(args: &Args, mode: OutputMode, filename: &str, source: &[u8]) -> Result<Output, Error> {
    let source = decode_source(filename, source)?;
    let mut session = args.one_shot_sandbox(mode)?.session()?;
    interrupt_on_ctrl_c(session.interrupt_handle());
    let result = if args.command.is_some() { session.exec(source) } else { session.exec_file(filename, source) };
    // The process ends right after this call: exiting releases the
    // instance's and the code's mappings at once, where dropping them unmaps
    // each (a tenth of the CLI's run time).
    std::mem::forget(session);
    result
}

/// The program's name (for tracebacks) and bytes.
fn read_program(args: &Args) -> anyhow::Result<(String, Vec<u8>)> {
    use anyhow::Context;
    match (&args.command, args.file.as_deref()) {
        (Some(code), _) => Ok(("<string>".into(), code.clone().into_bytes())),
        (None, Some("-")) | (None, None) => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).context("cannot read the program from stdin")?;
            Ok(("<stdin>".into(), buf))
        }
        (None, Some(path)) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read script file '{path}'"))?;
            Ok((path.to_string(), bytes))
        }
    }
}

/// The CLI's runtime: the user runtime ([`RuntimeBuilder::from_env`]: code
/// cached on disk, `$MPSANDBOX_COMPONENT`, `$MPSANDBOX_PERFMAP`). `pool`:
/// live instances the pooling allocator reserves room for (more still work,
/// allocated on demand); a small pool reserves less address space at start-up.
fn runtime(pool: u32) -> Result<Runtime, Error> {
    RuntimeBuilder::from_env()?.instance_pool(pool).build()
}

/// Routes Ctrl-C (SIGINT) to the session's running call instead of killing
/// the process, so the call ends with a clean `interrupted` outcome.
fn interrupt_on_ctrl_c(handle: InterruptHandle) {
    // Fails only if a handler is already installed; the first one wins.
    let _ = ctrlc::set_handler(move || handle.interrupt());
}
