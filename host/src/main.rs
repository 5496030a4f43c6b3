//! `mpsandbox`: the command-line face of the library. anyhow stays here, at
//! the edge; the library reports typed errors.

mod cli;

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::Parser;
use cli::args::Args;
use cli::report;
use mpsandbox::{decode_source, DirAccess, Error, Output, OutputMode, Sandbox};

const USAGE: u8 = 2;

fn main() -> ExitCode {
    let args = Args::parse();
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
    ExitCode::from(report::exit_code(&result) as u8)
}

fn run(args: &Args, mode: OutputMode, filename: &str, source: &[u8]) -> Result<Output, Error> {
    let source = decode_source(filename, source)?;
    let mut builder = Sandbox::builder().output_mode(mode).max_output(args.max_output);
    for (host, guest) in &args.dirs {
        builder = builder.dir(host, guest, DirAccess::ReadOnly);
    }
    for (host, guest) in &args.dirs_rw {
        builder = builder.dir(host, guest, DirAccess::ReadWrite);
    }
    let sandbox = builder.build()?;
    let mut session = sandbox.session()?;
    if args.command.is_some() {
        session.exec(source)
    } else {
        session.exec_file(filename, source)
    }
}

/// The program's name (for tracebacks) and bytes.
fn read_program(args: &Args) -> anyhow::Result<(String, Vec<u8>)> {
    use anyhow::Context;
    match (&args.command, args.file.as_deref()) {
        (Some(code), _) => Ok(("<string>".into(), code.clone().into_bytes())),
        (None, Some("-")) | (None, None) => {
            if args.file.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                anyhow::bail!("no program given: use -c CODE, a FILE, or '-' to read stdin (see --help)");
            }
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
