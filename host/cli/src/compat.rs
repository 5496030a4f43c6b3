//! The unix port's command line, for MicroPython's own test runner.
//!
//! Invoked under the name `micropython` (a symlink to `mpsandbox`), the
//! binary accepts what `tests/run-tests.py` passes to the unix port
//! (`-X emit=bytecode`, `-X heapsize=N`, `-c CODE`, a script path) and
//! answers the way it does: output streamed, a traceback on stderr and exit
//! status 1 for an uncaught exception, `sys.exit(N)` exiting with N. The
//! sandbox stays a sandbox: the working directory (the test's own directory
//! when run-tests.py starts it), the script's directory and `$MICROPYPATH`
//! are granted read-only, nothing else.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mpsandbox::{decode_source, DirAccess, Error, OutputMode, Sandbox};

/// Whether this process was started under the name `micropython`.
pub fn invoked_as_micropython() -> bool {
    std::env::args_os().next().and_then(|a| Path::new(&a).file_name().map(|n| n == "micropython")).unwrap_or(false)
}

struct Invocation {
    heapsize: Option<usize>,
    program: Program,
}

enum Program {
    Code(String),
    File(String),
}

fn usage(message: &str) -> ExitCode {
    eprintln!("micropython (mpsandbox compat): {message}");
    ExitCode::from(2)
}

fn parse(args: &[OsString]) -> Result<Invocation, String> {
    let mut heapsize = None;
    let mut it = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-X" => {
                let opt = it.next().ok_or("-X needs an option")?;
                apply_x(&opt, &mut heapsize)?;
            }
            x if x.starts_with("-X") => apply_x(&x[2..], &mut heapsize)?,
            "-c" => return Ok(Invocation { heapsize, program: Program::Code(it.next().ok_or("-c needs code")?) }),
            // Optimisation level and verbosity change nothing observable here.
            "-O" | "-OO" | "-v" => {}
            x if x.starts_with('-') => return Err(format!("option {x} is not supported in the sandbox")),
            // The rest would be sys.argv, which the sandbox does not expose.
            _ => return Ok(Invocation { heapsize, program: Program::File(arg) }),
        }
    }
    Err("no program: the sandbox has no interactive stdin".into())
}

fn apply_x(opt: &str, heapsize: &mut Option<usize>) -> Result<(), String> {
    match opt.split_once('=') {
        Some(("emit", "bytecode")) => Ok(()),
        Some(("emit", other)) => Err(format!("emitter '{other}' is not available: the sandbox runs bytecode only")),
        Some(("heapsize", size)) => {
            // As the unix port: a number with an optional K/M suffix, and a
            // `w` to count words (4 bytes here).
            let (size, words) = match size.strip_suffix('w') {
                Some(s) => (s, true),
                None => (size, false),
            };
            let bytes = super::args::parse_size(size)?;
            *heapsize = Some(if words { bytes * 4 } else { bytes });
            Ok(())
        }
        _ => Err(format!("-X {opt} is not supported in the sandbox")),
    }
}

/// The script's directory, absolute.
fn script_dir(script: Option<&Path>) -> Option<PathBuf> {
    script.and_then(|s| std::fs::canonicalize(s).ok()).and_then(|s| s.parent().map(Path::to_path_buf))
}

/// `$MICROPYPATH`'s directories, as the unix port reads it (run-tests.py
/// points it at the source's `extmod`, where `asyncio` lives).
fn micropypath() -> Vec<PathBuf> {
    let Some(paths) = std::env::var_os("MICROPYPATH") else { return Vec::new() };
    std::env::split_paths(&paths).filter_map(|p| std::fs::canonicalize(p).ok()).filter(|p| p.is_dir()).collect()
}

/// Directories to grant read-only: the working directory first (it becomes
/// the guest's), then the script's own and the module path.
fn grants(script_dir: Option<&Path>, module_path: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::current_dir().ok().into_iter().collect();
    for dir in script_dir.into_iter().map(Path::to_path_buf).chain(module_path.iter().cloned()) {
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs
}

/// Python that sets `sys.path` as the unix port does: the script's
/// directory (or '' for -c), then `$MICROPYPATH`.
fn sys_path_setup(script_dir: Option<&Path>, module_path: &[PathBuf]) -> String {
    let first = script_dir.map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let entries: Vec<String> = std::iter::once(first)
        .chain(module_path.iter().map(|p| p.to_string_lossy().into_owned()))
        .map(|p| serde_json::Value::String(p).to_string())
        .collect();
    format!("__import__('sys').path[:] = [{}]", entries.join(", "))
}

pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let invocation = match parse(&args) {
        Ok(i) => i,
        Err(e) => return usage(&e),
    };
    let (filename, source) = match &invocation.program {
        Program::Code(code) => ("<stdin>".to_string(), code.clone().into_bytes()),
        Program::File(path) => match std::fs::read(path) {
            Ok(bytes) => (path.clone(), bytes),
            Err(e) => {
                eprintln!("micropython: can't open file '{path}': {e}");
                return ExitCode::from(2);
            }
        },
    };
    let script = matches!(invocation.program, Program::File(_)).then(|| Path::new(&filename));
    // The heap grows inside linear memory next to the shadow stack and data;
    // run-tests.py's timeout bounds the time.
    let mut builder = Sandbox::builder().output_mode(OutputMode::Inherit).timeout(None).max_output(usize::MAX);
    if let Some(heap) = invocation.heapsize {
        builder = builder.memory(heap + (4 << 20));
    }
    let script_dir = script_dir(script);
    let module_path = micropypath();
    for dir in grants(script_dir.as_deref(), &module_path) {
        let guest = dir.to_string_lossy().into_owned();
        builder = builder.dir(dir, guest, DirAccess::ReadOnly);
    }
    let result = super::runtime(4).and_then(|rt| builder.runtime(&rt).build()).and_then(|sandbox| {
        let mut session = sandbox.session()?;
        session.exec(&sys_path_setup(script_dir.as_deref(), &module_path))?;
        let source = decode_source(&filename, &source)?;
        match invocation.program {
            Program::Code(_) => session.exec(source),
            Program::File(_) => session.exec_file(&filename, source),
        }
    });
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => exit_for(&e),
    }
}

/// The unix port's exit behaviour for a failed run.
fn exit_for(e: &Error) -> ExitCode {
    if let Error::Exception { exception, .. } = e {
        if exception.type_name == "SystemExit" {
            return match exception.message.trim().parse::<i64>() {
                Ok(code) => ExitCode::from(code as u8),
                Err(_) => {
                    eprintln!("{}", exception.message);
                    ExitCode::from(1)
                }
            };
        }
    }
    eprint!("{}", super::report::error_text(e));
    ExitCode::from(1)
}
