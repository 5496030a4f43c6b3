//! The interactive prompt: one persistent interpreter, MicroPython's own
//! rules for when an entry is complete, history across runs.

use std::path::PathBuf;
use std::process::ExitCode;

use mpsandbox::{Error, ErrorKind, OutputMode, Session};
use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

use super::args::Args;
use super::report;

const PROMPT: &str = ">>> ";
const CONTINUATION: &str = "... ";

pub fn run(args: &Args) -> ExitCode {
    let session = match args.sandbox(OutputMode::Inherit).and_then(|s| s.session()) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", report::error_text(&e));
            return ExitCode::from(report::exit_code_of(&e));
        }
    };
    match repl(session) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mpsandbox: {e:#}");
            ExitCode::from(4)
        }
    }
}

fn repl(mut session: Session) -> anyhow::Result<()> {
    super::interrupt_on_ctrl_c(session.interrupt_handle());
    let id = session.identity()?;
    println!("MicroPython {} in the mpsandbox sandbox; Ctrl-D exits.", id.version);
    println!("Type \"help()\" for more information.");
    let mut editor = DefaultEditor::new()?;
    let history = history_file();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut entry = String::new();
    loop {
        let prompt = if entry.is_empty() { PROMPT } else { CONTINUATION };
        match editor.readline(prompt) {
            Ok(line) => {
                if !entry.is_empty() {
                    entry.push('\n');
                }
                entry.push_str(&line);
                if session.is_incomplete(&entry)? {
                    continue;
                }
                let _ = editor.add_history_entry(entry.as_str());
                let result = session.exec_interactive(&entry);
                entry.clear();
                report_failure(&mut session, result)?;
            }
            // Ctrl-C at the prompt drops the unfinished entry, as in Python.
            Err(ReadlineError::Interrupted) => {
                entry.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    Ok(())
}

/// Shows why an entry failed; after a limit hit or an interrupt, starts a
/// fresh interpreter, because the old one stopped at an arbitrary point.
fn report_failure(session: &mut Session, result: Result<mpsandbox::Output, Error>) -> anyhow::Result<()> {
    let Err(e) = result else { return Ok(()) };
    eprint!("{}", report::error_text(&e));
    if session.is_poisoned() {
        session.reset()?;
        let why = if e.kind() == ErrorKind::Interrupted { "interrupted" } else { "stopped" };
        eprintln!("(the entry was {why} mid-way; the interpreter was restarted and earlier globals are gone)");
    }
    Ok(())
}

fn history_file() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".mpsandbox_history"))
}
