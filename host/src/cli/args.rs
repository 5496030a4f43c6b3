//! Command-line arguments and the contract `--help` documents.

use clap::Parser;

pub const AFTER_HELP: &str = "\
Exactly one of -c CODE, FILE or '-' (stdin) gives the program.

Output:
  Without --json, the program's stdout and stderr go to this process's as they
  are produced, and an uncaught exception prints a CPython-style traceback on
  stderr.
  With --json, nothing but one JSON object is printed, on stdout:
    {\"ok\": bool, \"stdout\": str, \"stderr\": str,
     \"error\": null | {\"kind\": \"exception\"|\"syntax\"|\"limit\"|\"internal\",
                      \"type\": str, \"message\": str, \"traceback\": str},
     \"stats\": {\"duration_us\": int}}
  Bytes that are not UTF-8 appear as U+FFFD. Syntax errors add \"filename\",
  \"line\" and \"column\" to the error; limit errors add \"limit\".

Exit status:
  0  the program finished (including sys.exit() and sys.exit(0))
  1  an uncaught Python exception (sys.exit(N) with N != 0 included) or a syntax error
  2  usage error (bad flags, unreadable script file)
  3  a limit was hit (output size)
  4  internal error (the sandbox itself failed)

The sandbox has no network, no environment variables, no arguments and no
stdin. Files exist only inside directories granted with --dir (read-only,
enforced by the host) or --dir-rw; the first grant is the working directory.";

/// Run Python (MicroPython) inside a WebAssembly sandbox.
#[derive(Debug, Parser)]
#[command(name = "mpsandbox", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    pub command: Option<String>,

    /// Script file to run (read by the host, then passed in as source); '-' reads stdin.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,

    /// Print one JSON object with the outcome instead of streaming output.
    #[arg(long)]
    pub json: bool,

    /// Grant a host directory read-only, at GUEST inside the sandbox
    /// (default: the same path). Repeatable.
    #[arg(long = "dir", value_name = "HOST[::GUEST]", value_parser = parse_grant)]
    pub dirs: Vec<(String, String)>,

    /// Grant a host directory read-write. Repeatable.
    #[arg(long = "dir-rw", value_name = "HOST[::GUEST]", value_parser = parse_grant)]
    pub dirs_rw: Vec<(String, String)>,

    /// Cap on stdout+stderr bytes (e.g. 64K, 1M, 1MiB).
    #[arg(long, value_name = "SIZE", default_value = "1MiB", value_parser = parse_size)]
    pub max_output: usize,
}

/// Splits `HOST::GUEST`; a bare `HOST` is visible at the same path.
pub fn parse_grant(s: &str) -> Result<(String, String), String> {
    let (host, guest) = match s.split_once("::") {
        Some((h, g)) => (h, g),
        None => (s, s),
    };
    if host.is_empty() || guest.is_empty() {
        return Err(format!("'{s}' is not HOST or HOST::GUEST"));
    }
    Ok((host.to_string(), guest.to_string()))
}

/// Parses `123`, `64K`, `64KB`, `64KiB`, `1M`, `1G` (binary multiples).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: usize = digits.parse().map_err(|_| format!("'{s}' is not a size like 512K or 64M"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{s}' has an unknown unit (use K, M or G)")),
    };
    n.checked_mul(1usize << shift).ok_or_else(|| format!("'{s}' is too large"))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn grants() {
        assert_eq!(super::parse_grant("data"), Ok(("data".into(), "data".into())));
        assert_eq!(super::parse_grant("/tmp/x::/in"), Ok(("/tmp/x".into(), "/in".into())));
        assert!(super::parse_grant("::/in").is_err());
        assert!(super::parse_grant("/tmp::").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123"), Ok(123));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("1MiB"), Ok(1 << 20));
        assert_eq!(parse_size("2gb"), Ok(2 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }
}
