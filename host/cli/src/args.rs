//! Command-line arguments and the contract `--help` documents.

use std::time::Duration;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser};
#[cfg(any(feature = "http", feature = "mcp"))]
use mpsandbox::ConfigError;
#[cfg(feature = "http")]
use mpsandbox::HttpPolicy;
use mpsandbox::{DirAccess, Error, Limits, OutputMode, Runtime, Sandbox, SandboxBuilder};

pub const AFTER_HELP: &str = "\
`mpsandbox mcp [FLAGS]` serves the sandbox to AI agents over the Model Context
Protocol instead (see `mpsandbox mcp --help`).

The program comes from -c CODE, a FILE, or '-' (stdin). With none of these and
a terminal on stdin, an interactive prompt starts (state persists between
entries; Ctrl-C stops the running entry, Ctrl-D exits). --session instead reads
one JSON request per line on stdin and answers one JSON line each:
  {\"code\": str} runs code, {\"eval\": str} evaluates an expression (the reply
  adds \"value\": its repr), {\"reset\": true} starts a fresh interpreter; an
  optional \"id\" is echoed back. A reply with \"reset\": true means a limit or
  trap ended the interpreter and a fresh one (without the old globals) is in
  place.

Output:
  Without --json, the program's stdout and stderr go to this process's as they
  are produced, and an uncaught exception prints a CPython-style traceback on
  stderr.
  With --json (and in --session replies), one JSON object:
    {\"ok\": bool, \"stdout\": str, \"stderr\": str,
     \"error\": null | {\"kind\": \"exception\"|\"syntax\"|\"limit\"|\"interrupted\"|\"internal\"|\"config\",
                      \"type\": str, \"message\": str, \"traceback\": str},
     \"stats\": {\"duration_us\": int, \"fuel\": int|null, \"peak_memory\": int}}
  \"fuel\" is counted only under --fuel (unmetered runs are 10-20% faster).
  Bytes that are not UTF-8 appear as U+FFFD. Syntax errors add \"filename\",
  \"line\" and \"column\" to the error; limit errors add \"limit\":
  \"memory\"|\"fuel\"|\"timeout\"|\"output\"|\"stack\"; an internal error that
  was a trap adds \"backtrace\" (the wasm backtrace); \"config\" is a setting the
  sandbox refused (exit status 2).

Limits (per call; the guest cannot catch or lift them):
  --memory 256M  --timeout 30s  --fuel unlimited  --max-output 1M
  Python's own MemoryError and RecursionError-style RuntimeError stay
  catchable; a limit hit stops the call.

Exit status:
  0    the program finished (including sys.exit() and sys.exit(0))
  1    an uncaught Python exception (sys.exit(N) with N != 0 included) or a syntax error
  2    usage error (bad flags, unreadable script file, a setting the sandbox
       refuses: a --dir that is not a directory, a --memory too small)
  3    a limit was hit (memory, fuel, timeout, output, stack)
  4    internal error (the sandbox itself failed)
  130  interrupted (Ctrl-C)

The sandbox has no network (unless --allow-http grants fetch), no environment
variables, no arguments and no stdin. Files exist only inside directories granted with --dir (read-only,
enforced by the host) or --dir-rw; the first grant on the command line is the
working directory.";

/// Run Python (MicroPython) inside a WebAssembly sandbox.
#[derive(Debug, Parser)]
#[command(name = "mpsandbox", version, about, after_help = AFTER_HELP, args_override_self = true)]
pub struct Args {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    pub command: Option<String>,

    /// Script file to run (read by the host, then passed in as source); '-' reads stdin.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,

    /// Print one JSON object with the outcome instead of streaming output.
    #[arg(long, conflicts_with = "session")]
    pub json: bool,

    /// Serve JSON requests from stdin, one per line, against one persistent
    /// interpreter; one JSON reply per line on stdout.
    #[arg(long, conflicts_with_all = ["command", "file"])]
    pub session: bool,

    /// Start the interactive prompt even when stdin is not a terminal
    /// (line editing is then off; useful for driving it from scripts).
    #[arg(long, conflicts_with_all = ["command", "file", "session", "json"])]
    pub repl: bool,

    /// Limits, directory grants and HTTP: the sandbox every call runs in.
    #[command(flatten)]
    pub policy: PolicyArgs,
}

/// The sandbox policy flags, shared by the CLI and `mpsandbox mcp`.
#[derive(Debug, Clone, clap::Args)]
pub struct PolicyArgs {
    /// Grant a host directory read-only, at GUEST inside the sandbox
    /// (default: the same path). Repeatable.
    #[arg(long = "dir", value_name = "HOST[::GUEST]", value_parser = parse_grant)]
    pub dirs: Vec<(String, String)>,

    /// Grant a host directory read-write. Repeatable.
    #[arg(long = "dir-rw", value_name = "HOST[::GUEST]", value_parser = parse_grant)]
    pub dirs_rw: Vec<(String, String)>,

    /// Cap on the sandbox's memory (e.g. 64M, 1G).
    #[arg(long, value_name = "SIZE", default_value = "256M", value_parser = parse_size)]
    pub memory: usize,

    /// Wall-clock limit per call (e.g. 500ms, 2s, 1m; 'none' for no limit).
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_timeout)]
    pub timeout: Timeout,

    /// Fuel per call, about one unit per wasm instruction (default: unlimited).
    #[arg(long, value_name = "N")]
    pub fuel: Option<u64>,

    /// Cap on stdout+stderr bytes per call (e.g. 64K, 1M).
    #[arg(long, value_name = "SIZE", default_value = "1M", value_parser = parse_size)]
    pub max_output: usize,

    /// Grant `fetch(url, method=, headers=, body=)` (in the `host` module)
    /// for HTTP(S) to hosts matching HOST_PATTERN: example.com, *.example.com,
    /// `*` (any public host), or an IP address; each with an optional :port.
    /// Loopback and private addresses need a pattern that is the address
    /// itself. Repeatable.
    #[cfg(feature = "http")]
    #[arg(long = "allow-http", value_name = "HOST_PATTERN", value_parser = parse_http_pattern)]
    pub allow_http: Vec<String>,

    /// Add header NAME, with the value of the environment variable ENV_VAR,
    /// to `fetch` requests to hosts matching HOST_PATTERN (e.g.
    /// `Authorization=API_TOKEN@api.example.com`). The program never sees
    /// the value: responses and error messages show it as `[secret]`, and a
    /// redirect to another host does not carry it. Repeatable.
    #[cfg(feature = "http")]
    #[arg(long = "inject-header", value_name = "NAME=ENV_VAR@HOST_PATTERN", value_parser = parse_injection)]
    pub inject_header: Vec<(String, String, String)>,

    /// `fetch` requests one call may make (default: only the 1,000 host
    /// calls per call cap them); past it fetch raises host.HostLimitError.
    #[cfg(feature = "http")]
    #[arg(long = "max-http-requests", value_name = "N")]
    pub max_http_requests: Option<u32>,

    /// A host function (by name) whose calls pause a pausable run
    /// (`--session`'s `start`; MCP's session_exec) until the driver answers
    /// it (`resume`). Repeatable.
    #[arg(long = "pausing", value_name = "NAME")]
    pub pausing: Vec<String>,

    /// A host function Python awaits (`await NAME(...)`): in a pausable run,
    /// the calls a program gathers pause it together. Repeatable.
    #[arg(long = "awaitable", value_name = "NAME")]
    pub awaitable: Vec<String>,

    /// Pauses one pausable run may make; past it the call raises
    /// host.HostLimitError.
    #[arg(long, value_name = "N", default_value_t = mpsandbox::DEFAULT_PAUSES)]
    pub max_pauses: u32,

    /// Connect to the MCP server NAME and grant its tools as the Python
    /// module tools.NAME (`from tools.NAME import some_tool`): a command line
    /// that speaks MCP on stdio (split at spaces), or the http(s):// URL of a
    /// streamable-HTTP server. Arguments are checked against each tool's
    /// input schema; `tools.describe()` lists the signatures. Repeatable.
    #[cfg(feature = "mcp")]
    #[arg(long = "tools-from", value_name = "NAME=COMMAND|URL", value_parser = parse_tools_from)]
    pub tools_from: Vec<(String, mpsandbox::McpServer)>,

    /// Tool calls one call may make to each --tools-from server (default:
    /// only the 1,000 host calls per call cap them); past it the tool raises
    /// host.HostLimitError.
    #[cfg(feature = "mcp")]
    #[arg(long = "max-tool-calls", value_name = "N")]
    pub max_tool_calls: Option<u32>,

    /// Directory grants in command-line order, --dir and --dir-rw together.
    #[arg(skip)]
    pub grants: Vec<(String, String, DirAccess)>,

    /// The `--tools-from` servers, connected on first use and shared by
    /// every sandbox built from these flags.
    #[cfg(feature = "mcp")]
    #[arg(skip)]
    connected: std::sync::Arc<std::sync::OnceLock<Connected>>,
}

/// The `--tools-from` servers once connected, or the first that failed
/// (its name, and why).
#[cfg(feature = "mcp")]
type Connected = Result<Vec<mpsandbox::McpTools>, (String, String)>;

/// A parsed `--timeout`: `None` means unlimited.
#[derive(Debug, Clone, Copy)]
pub struct Timeout(pub Option<Duration>);

impl Args {
    /// Parses the process's arguments, keeping grants in the order given.
    pub fn parse_ordered() -> Args {
        let matches = Args::command().get_matches();
        let mut args = Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
        args.policy.order_grants(&matches);
        args
    }

    /// For a session that may reset (REPL, JSON session): instances from a
    /// small pool.
    pub fn sandbox(&self, mode: OutputMode) -> Result<Sandbox, Error> {
        self.policy.sandbox(mode, 4)
    }

    /// For one run then exit: a pool would cost more to set up (~0.1 ms)
    /// than its one instance saves.
    pub fn one_shot_sandbox(&self, mode: OutputMode) -> Result<Sandbox, Error> {
        self.policy.sandbox(mode, 0)
    }
}

impl PolicyArgs {
    /// The flags' grants in command-line order, from the matches they were
    /// parsed from.
    pub fn order_grants(&mut self, matches: &ArgMatches) {
        self.grants = ordered_grants(self, matches);
    }

    pub fn limits(&self) -> Limits {
        let mut limits = Limits::default();
        limits.memory = self.memory;
        limits.fuel = self.fuel;
        limits.timeout = self.timeout.0;
        limits.max_output = self.max_output;
        limits.max_pauses = self.max_pauses;
        limits
    }

    /// A sandbox on a runtime whose pool holds `pool` instances.
    pub fn sandbox(&self, mode: OutputMode, pool: u32) -> Result<Sandbox, Error> {
        self.builder(&super::runtime(pool)?)?.output_mode(mode).build()
    }

    /// Whether `fetch` is granted.
    #[cfg(feature = "mcp")]
    pub fn grants_http(&self) -> bool {
        #[cfg(feature = "http")]
        return !self.allow_http.is_empty();
        #[cfg(not(feature = "http"))]
        false
    }

    /// `--allow-http` with the `--inject-header` values read from the
    /// environment.
    #[cfg(feature = "http")]
    fn http_policy(&self) -> Result<HttpPolicy, Error> {
        let mut policy = HttpPolicy::new(&self.allow_http)?;
        policy.max_requests = self.max_http_requests;
        for (name, pattern, var) in &self.inject_header {
            let value = std::env::var(var).map_err(|_| {
                let reason = format!("--inject-header {name}: the environment variable {var} is not set");
                Error::Config(ConfigError::HttpPattern { pattern: pattern.clone(), reason })
            })?;
            policy = policy.inject_header(pattern, name, value)?;
        }
        Ok(policy)
    }

    /// The connected `--tools-from` servers (connecting them the first time).
    #[cfg(feature = "mcp")]
    pub fn tools(&self) -> Result<&[mpsandbox::McpTools], Error> {
        let connected = self.connected.get_or_init(|| {
            let connect = |(name, server): &(String, mpsandbox::McpServer)| {
                let mut tools = mpsandbox::McpTools::builder(name, server.clone());
                if let Some(cap) = self.max_tool_calls {
                    tools = tools.max_calls(cap);
                }
                tools.connect().map_err(|e| match e {
                    Error::Config(ConfigError::ToolServer { server, reason }) => (server, reason),
                    other => (name.clone(), other.to_string()),
                })
            };
            self.tools_from.iter().map(connect).collect()
        });
        match connected {
            Ok(tools) => Ok(tools),
            Err((server, reason)) => {
                Err(Error::Config(ConfigError::ToolServer { server: server.clone(), reason: reason.clone() }))
            }
        }
    }

    /// The policy on `runtime`, before building: callers may tighten limits.
    pub fn builder(&self, runtime: &Runtime) -> Result<SandboxBuilder, Error> {
        let mut builder = Sandbox::builder().runtime(runtime).limits(self.limits());
        for (host, guest, access) in &self.grants {
            builder = builder.dir(host, guest, *access);
        }
        #[cfg(feature = "http")]
        if !self.allow_http.is_empty() {
            builder = builder.allow_http(self.http_policy()?);
        } else if let Some((_, pattern, _)) = self.inject_header.first() {
            let reason = "--inject-header adds headers to fetch requests: it needs --allow-http".to_string();
            return Err(Error::Config(ConfigError::HttpPattern { pattern: pattern.clone(), reason }));
        }
        #[cfg(feature = "mcp")]
        for tools in self.tools()? {
            builder = builder.mcp_tools(tools);
        }
        for name in &self.pausing {
            builder = builder.pausing(name);
        }
        for name in &self.awaitable {
            builder = builder.awaitable(name);
        }
        Ok(builder)
    }
}

fn ordered_grants(args: &PolicyArgs, matches: &ArgMatches) -> Vec<(String, String, DirAccess)> {
    let positions = |id: &str| matches.indices_of(id).map(|i| i.collect::<Vec<_>>()).unwrap_or_default();
    let mut grants: Vec<(usize, (String, String, DirAccess))> = Vec::new();
    for (list, id, access) in
        [(&args.dirs, "dirs", DirAccess::ReadOnly), (&args.dirs_rw, "dirs_rw", DirAccess::ReadWrite)]
    {
        for ((host, guest), at) in list.iter().zip(positions(id)) {
            grants.push((at, (host.clone(), guest.clone(), access)));
        }
    }
    grants.sort_by_key(|(at, _)| *at);
    grants.into_iter().map(|(_, g)| g).collect()
}

/// `NAME=COMMAND ARGS...` or `NAME=URL`.
#[cfg(feature = "mcp")]
fn parse_tools_from(s: &str) -> Result<(String, mpsandbox::McpServer), String> {
    let shape = "expected NAME=COMMAND [ARGS...] or NAME=URL, e.g. github=\"python3 server.py\"";
    let (name, spec) = s.split_once('=').ok_or(shape)?;
    let server = mpsandbox::McpServer::parse(spec).ok_or(shape)?;
    Ok((name.trim().to_string(), server))
}

/// `NAME=ENV_VAR@HOST_PATTERN` as (name, host pattern, variable).
#[cfg(feature = "http")]
fn parse_injection(s: &str) -> Result<(String, String, String), String> {
    let shape = "expected NAME=ENV_VAR@HOST_PATTERN, e.g. Authorization=API_TOKEN@api.example.com";
    let (header, pattern) = s.rsplit_once('@').ok_or(shape)?;
    let (name, var) = header.split_once('=').ok_or(shape)?;
    if name.is_empty() || var.is_empty() || pattern.is_empty() {
        return Err(shape.into());
    }
    Ok((name.to_string(), pattern.to_string(), var.to_string()))
}

#[cfg(feature = "http")]
fn parse_http_pattern(s: &str) -> Result<String, String> {
    match HttpPolicy::new([s]) {
        Ok(_) => Ok(s.to_string()),
        Err(Error::Config(ConfigError::HttpPattern { reason, .. })) => Err(reason),
        Err(e) => Err(e.to_string()),
    }
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
    let (n, unit) = split_number(s).ok_or_else(|| format!("'{s}' is not a size like 512K or 64M"))?;
    let n: usize = n.parse().map_err(|_| format!("'{s}' is not a size like 512K or 64M"))?;
    let shift = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{s}' has an unknown unit (use K, M or G)")),
    };
    n.checked_mul(1usize << shift).ok_or_else(|| format!("'{s}' is too large"))
}

/// Parses `500ms`, `2s`, `1.5s`, `2m`, a bare number of seconds, or
/// `none`/`0` for no limit.
pub fn parse_timeout(s: &str) -> Result<Timeout, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        return Ok(Timeout(None));
    }
    let bad = || format!("'{s}' is not a duration like 500ms, 2s or 1m (or 'none')");
    let (n, unit) = split_number(s).ok_or_else(bad)?;
    let n: f64 = n.parse().map_err(|_| bad())?;
    let seconds = match unit.to_ascii_lowercase().as_str() {
        "ms" => n / 1000.0,
        "" | "s" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(bad()),
    };
    let d = Duration::try_from_secs_f64(seconds).map_err(|_| bad())?;
    Ok(Timeout(if d.is_zero() { None } else { Some(d) }))
}

/// Splits a leading decimal number from its unit suffix.
fn split_number(s: &str) -> Option<(&str, &str)> {
    let t = s.trim();
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    (!n.is_empty()).then(|| (n, unit.trim()))
}

#[cfg(test)]
mod tests {
    use super::{parse_grant, parse_size, parse_timeout};

    #[test]
    fn grants() {
        assert_eq!(parse_grant("data"), Ok(("data".into(), "data".into())));
        assert_eq!(parse_grant("/tmp/x::/in"), Ok(("/tmp/x".into(), "/in".into())));
        assert!(parse_grant("::/in").is_err());
        assert!(parse_grant("/tmp::").is_err());
    }

    /// One part of the table every command-line host tests against: the
    /// default limits, and how sizes and durations read.
    fn shared(part: &str) -> serde_json::Value {
        let all: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/conformance/flags.json")).unwrap();
        all[part].clone()
    }

    fn shared_cases(part: &str) -> Vec<(String, Option<u64>)> {
        serde_json::from_value(shared(part)).unwrap()
    }

    #[test]
    fn the_defaults_every_host_applies() {
        let d = &shared("defaults");
        assert_eq!(d["timeout_ms"], mpsandbox::DEFAULT_TIMEOUT.as_millis() as u64);
        assert_eq!(d["max_output"], mpsandbox::DEFAULT_MAX_OUTPUT);
        assert_eq!(d["memory"], mpsandbox::DEFAULT_MEMORY);
    }

    #[test]
    fn sizes_as_every_host_reads_them() {
        for (input, want) in shared_cases("sizes") {
            assert_eq!(parse_size(&input).ok().map(|n| n as u64), want, "{input:?}");
        }
    }

    #[test]
    fn durations_as_every_host_reads_them() {
        for (input, want) in shared_cases("durations_ms") {
            let got = parse_timeout(&input).ok().map(|t| t.0.map_or(0, |d| d.as_millis() as u64));
            assert_eq!(got, want, "{input:?}");
        }
    }
}
