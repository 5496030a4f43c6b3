//! `mpsandbox`: the command-line face of the library. anyhow stays here, at
//! the edge; the library reports typed errors.

mod cli;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use cli::args::Args;
use cli::report::{self, USAGE};
use mpsandbox::{decode_source, Error, Output, OutputMode};

fn main() -> ExitCode {
    if cli::compat::invoked_as_micropython() {
        return cli::compat::main();
    }
    #[cfg(feature = "mcp")]
    if std::env::args_os().nth(1).is_some_and(|a| a == "mcp") {
        return cli::mcp::main(std::env::args_os().skip(1));
    }
    let args = Args::parse_ordered();
    if args.session {
        return cli::json_session::serve(&args);
    }
    if args.repl || (args.command.is_none() && args.file.is_none() && std::io::stdin().is_terminal()) {
        return cli::repl::run(&args);
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
        let _ = writeln!(out, "{}", report::to_json(&result));
        let _ = out.flush();
    } else if let Err(e) = &result {
        eprint!("{}", report::error_text(e));
    }
    ExitCode::from(report::exit_code(&result))
}

fn run(args: &Args, mode: OutputMode, filename: &str, source: &[u8]) -> Result<Output, Error> {
    let source = decode_source(filename, source)?;
    let mut session = args.one_shot_sandbox(mode)?.session()?;
    cli::interrupt_on_ctrl_c(session.interrupt_handle());
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
