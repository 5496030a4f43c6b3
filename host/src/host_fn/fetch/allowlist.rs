//! The allowlist `fetch` checks every URL against (the first and each
//! redirect target), and what counts as a non-public address. Independent of
//! the HTTP client, so the policy can be reasoned about and tested alone.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use url::{Host, Url};

use crate::error::{ConfigError, Error};

/// Which hosts `fetch` may reach (with which methods), the headers the host
/// adds for some of them, and its caps.
#[derive(Debug, Clone)]
pub struct HttpPolicy {
    allow: Vec<HostPattern>,
    inject: Vec<Injection>,
    /// Largest response body accepted, in bytes (default 1 MiB); a larger
    /// one raises `host.HostLimitError`.
    pub max_response: usize,
    /// Time for one request, redirects and body included (default 10 s).
    /// The sandbox call's own timeout still applies on top.
    pub timeout: Duration,
    /// Redirects followed per request (default 5), each checked against the
    /// allowlist like the first URL.
    pub max_redirects: usize,
    /// Requests one call may make (`None`, the default: only the sandbox's
    /// `max_host_calls` caps them); past it `fetch` raises
    /// `host.HostLimitError`. Redirects followed count with their request.
    pub max_requests: Option<u32>,
}

impl HttpPolicy {
    /// Patterns: `example.com`, `*.example.com` (its subdomains), `*` (any
    /// public host), or an IP address (`127.0.0.1`, `[::1]`), each with an
    /// optional `:port`; without one any port matches. A pattern may start
    /// with the methods it allows, `GET api.example.com` or
    /// `POST,GET *.internal.example`; without them every method is allowed.
    /// Loopback, private and other non-public addresses are reachable only
    /// through a pattern that is that address.
    pub fn new<S: AsRef<str>>(patterns: impl IntoIterator<Item = S>) -> Result<HttpPolicy, Error> {
        let allow = patterns
            .into_iter()
            .map(|p| {
                let pattern = p.as_ref();
                HostPattern::parse(pattern)
                    .map_err(|reason| Error::Config(ConfigError::HttpPattern { pattern: pattern.to_string(), reason }))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(HttpPolicy {
            allow,
            inject: Vec::new(),
            max_response: 1 << 20,
            timeout: Duration::from_secs(10),
            max_redirects: 5,
            max_requests: None,
        })
    }

    /// Adds header `name: value` to every request to a host matching
    /// `pattern` (the allowlist's syntax, without methods), replacing any
    /// header of that name the program set. The program never sees the
    /// value: it is not in the request it built, and every occurrence of it
    /// in a response (body, headers, final URL) or an error message is
    /// replaced by `[secret]`. A redirect to a host the pattern does not
    /// match does not get it.
    pub fn inject_header(mut self, pattern: &str, name: &str, value: impl Into<String>) -> Result<HttpPolicy, Error> {
        let bad = |reason: String| Error::Config(ConfigError::HttpPattern { pattern: pattern.to_string(), reason });
        let host = HostPattern::parse(pattern).map_err(bad)?;
        if host.methods.is_some() {
            return Err(bad("an injected header's pattern names hosts only, not methods".into()));
        }
        let valid_name = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
        if !valid_name {
            return Err(bad(format!("'{name}' is not a header name")));
        }
        let value = value.into();
        if value.is_empty() || value.bytes().any(|b| b < 0x20 || b == 0x7f) {
            return Err(bad(format!("the value for header '{name}' is empty or has control characters")));
        }
        self.inject.push(Injection { host, name: name.to_ascii_lowercase(), value });
        Ok(self)
    }

    /// The headers the host adds to a request to `url`.
    pub(super) fn injected(&self, url: &Url) -> Vec<(&str, &str)> {
        let (Some(host), port) = (url.host(), url.port_or_known_default().unwrap_or(0)) else { return Vec::new() };
        self.inject
            .iter()
            .filter(|i| i.host.matches(&host, port))
            .map(|i| (i.name.as_str(), i.value.as_str()))
            .collect()
    }

    /// `text` with every injected value replaced by `[secret]`.
    pub(super) fn redact(&self, text: &str) -> String {
        let mut out = text.to_string();
        for i in &self.inject {
            if out.contains(&i.value) {
                out = out.replace(&i.value, "[secret]");
            }
        }
        out
    }

    /// Why `url` may not be fetched with `method`, if it may not.
    pub(super) fn check(&self, url: &Url, method: &str) -> Result<(), String> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{url}: only http and https URLs can be fetched"));
        }
        let host = url.host().ok_or_else(|| format!("{url}: no host"))?;
        let port = url.port_or_known_default().unwrap_or(0);
        let hosts: Vec<&HostPattern> = self.allow.iter().filter(|p| p.matches(&host, port)).collect();
        if hosts.is_empty() {
            return Err(format!("{url}: host '{host}' is not on the allowlist"));
        }
        let Some(pattern) = hosts.iter().find(|p| p.allows(method)) else {
            let allowed: Vec<&str> =
                hosts.iter().flat_map(|p| p.methods.iter().flatten()).map(String::as_str).collect();
            return Err(format!("{url}: {method} is not allowed to '{host}' (allowed: {})", allowed.join(", ")));
        };
        let ip = match host {
            Host::Ipv4(ip) => IpAddr::V4(ip),
            Host::Ipv6(ip) => IpAddr::V6(ip),
            // Names are checked as they resolve (see PublicOnly).
            Host::Domain(_) => return Ok(()),
        };
        match non_public(ip) {
            Some(kind) if !matches!(pattern.host, PatternHost::Ip(p) if p == ip) => {
                Err(format!("{url}: {ip} is a {kind} address; allow it by listing the address itself"))
            }
            _ => Ok(()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PatternHost {
    Any,
    Exact(String),
    Subdomains(String),
    Ip(IpAddr),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct HostPattern {
    host: PatternHost,
    port: Option<u16>,
    /// The methods allowed, upper case; `None`: every method.
    methods: Option<Vec<String>>,
}

/// A header the host adds; its value is kept out of `Debug` output.
#[derive(Clone)]
struct Injection {
    host: HostPattern,
    name: String,
    value: String,
}

impl std::fmt::Debug for Injection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Injection").field("host", &self.host).field("name", &self.name).finish_non_exhaustive()
    }
}

const METHODS: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

impl HostPattern {
    fn parse(text: &str) -> Result<HostPattern, String> {
        let (methods, text) = match text.trim().split_once(char::is_whitespace) {
            Some((list, rest)) => {
                let methods = list
                    .split(',')
                    .map(|m| {
                        let m = m.trim().to_ascii_uppercase();
                        METHODS.contains(&m.as_str()).then_some(m)
                    })
                    .collect::<Option<Vec<String>>>()
                    .ok_or_else(|| format!("'{list}' is not a list of HTTP methods ({})", METHODS.join(", ")))?;
                (Some(methods), rest.trim())
            }
            None => (None, text),
        };
        let mut pattern = HostPattern::parse_host(text)?;
        pattern.methods = methods;
        Ok(pattern)
    }

    fn allows(&self, method: &str) -> bool {
        self.methods.as_ref().is_none_or(|m| m.iter().any(|x| x == method))
    }

    fn parse_host(text: &str) -> Result<HostPattern, String> {
        let bad = |why: &str| why.to_string();
        let (host, port) = match text.rsplit_once(':') {
            Some((h, p)) if !h.is_empty() && (!h.contains(':') || h.ends_with(']')) => {
                (h, Some(p.parse::<u16>().map_err(|_| bad("the port is not a number"))?))
            }
            _ => (text, None),
        };
        let host = host.to_ascii_lowercase();
        // A fully qualified `example.com.` is `example.com`.
        let host = host.strip_suffix('.').filter(|h| !h.ends_with('*')).unwrap_or(&host).to_string();
        let bracketed = host.strip_prefix('[').and_then(|h| h.strip_suffix(']'));
        let host = if host == "*" {
            PatternHost::Any
        } else if let Ok(ip) = bracketed.unwrap_or(&host).parse::<IpAddr>() {
            PatternHost::Ip(ip)
        } else if let Some(domain) = host.strip_prefix("*.") {
            PatternHost::Subdomains(valid_domain(domain).ok_or_else(|| bad("not a host name"))?)
        } else {
            PatternHost::Exact(valid_domain(&host).ok_or_else(|| bad("not a host name"))?)
        };
        Ok(HostPattern { host, port, methods: None })
    }

    fn matches(&self, host: &Host<&str>, port: u16) -> bool {
        if self.port.is_some_and(|p| p != port) {
            return false;
        }
        match (&self.host, host) {
            (PatternHost::Any, _) => true,
            (PatternHost::Exact(d), Host::Domain(h)) => h.trim_end_matches('.').eq_ignore_ascii_case(d),
            (PatternHost::Subdomains(d), Host::Domain(h)) => {
                let h = h.trim_end_matches('.').to_ascii_lowercase();
                h.strip_suffix(d.as_str()).is_some_and(|sub| sub.len() > 1 && sub.ends_with('.'))
            }
            (PatternHost::Ip(ip), Host::Ipv4(h)) => *ip == IpAddr::V4(*h),
            (PatternHost::Ip(ip), Host::Ipv6(h)) => *ip == IpAddr::V6(*h),
            _ => false,
        }
    }
}

fn valid_domain(d: &str) -> Option<String> {
    let ok = !d.is_empty()
        && d.split('.').all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    ok.then(|| d.to_string())
}

/// What kind of non-public address `ip` is, or `None` for a public one.
pub(super) fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return non_public_v4(v4);
            }
            let s = v6.segments();
            if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if v6.is_multicast() {
                Some("multicast")
            } else if s[0] & 0xfe00 == 0xfc00 {
                Some("private (unique local)")
            } else if s[0] & 0xffc0 == 0xfe80 {
                Some("link-local")
            } else if s[0] == 0x2001 && s[1] == 0x0db8 {
                Some("documentation")
            } else if s[0] == 0x64 && s[1] == 0xff9b {
                // NAT64: judge the IPv4 address it embeds.
                let v4 = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
                non_public_v4(v4)
            } else {
                None
            }
        }
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = ip.octets();
    if ip.is_loopback() {
        Some("loopback")
    } else if ip.is_private() {
        Some("private")
    } else if ip.is_link_local() {
        Some("link-local")
    } else if a == 0 {
        Some("unspecified")
    } else if a == 100 && (64..128).contains(&b) {
        Some("shared (carrier-grade NAT)")
    } else if ip.is_multicast() || ip.is_broadcast() || a >= 240 {
        Some("reserved")
    } else if ip.is_documentation() || (a == 198 && (b == 18 || b == 19)) || (a == 192 && b == 0) {
        Some("special-purpose")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(patterns: &[&str]) -> HttpPolicy {
        HttpPolicy::new(patterns).unwrap()
    }

    fn allowed(p: &HttpPolicy, url: &str) -> bool {
        p.check(&Url::parse(url).unwrap(), "GET").is_ok()
    }

    #[test]
    fn patterns_match_hosts_and_ports() {
        let p = policy(&["example.com", "*.api.test:8443", "10.1.2.3", "[::1]:80"]);
        assert!(allowed(&p, "https://example.com/x"));
        assert!(allowed(&p, "http://EXAMPLE.com:9999/"));
        assert!(!allowed(&p, "https://evil-example.com/"));
        assert!(!allowed(&p, "https://sub.example.com/"));
        assert!(allowed(&p, "https://a.api.test:8443/"));
        assert!(!allowed(&p, "https://api.test:8443/"));
        assert!(!allowed(&p, "https://a.api.test/"));
        assert!(allowed(&p, "http://10.1.2.3/"));
        assert!(allowed(&p, "http://[::1]/"));
        assert!(!allowed(&p, "http://[::1]:81/"));
        assert!(!allowed(&p, "ftp://example.com/"));
    }

    #[test]
    fn any_host_still_excludes_non_public_addresses() {
        let p = policy(&["*"]);
        assert!(allowed(&p, "http://93.184.215.14/"));
        for url in [
            "http://127.0.0.1/",
            "http://0x7f000001/",
            "http://10.0.0.1/",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[fd00::1]/",
            "http://0.0.0.0/",
            "http://100.64.0.1/",
        ] {
            assert!(!allowed(&p, url), "{url} should be refused");
        }
    }

    #[test]
    fn methods_are_allowed_per_pattern() {
        let p = policy(&["GET api.test", "post,GET *.internal.test"]);
        let check = |url: &str, m: &str| p.check(&Url::parse(url).unwrap(), m);
        assert!(check("https://api.test/", "GET").is_ok());
        assert!(check("https://api.test/", "POST")
            .unwrap_err()
            .contains("POST is not allowed to 'api.test' (allowed: GET)"));
        assert!(check("https://a.internal.test/", "POST").is_ok());
        assert!(check("https://a.internal.test/", "DELETE").is_err());
        assert!(HttpPolicy::new(["FETCH api.test"]).is_err());
    }

    #[test]
    fn injected_values_are_redacted_and_hidden_from_debug() {
        let p = policy(&["api.test"]).inject_header("api.test", "Authorization", "Bearer s3cret").unwrap();
        assert_eq!(p.injected(&Url::parse("https://api.test/x").unwrap()), vec![("authorization", "Bearer s3cret")]);
        assert!(p.injected(&Url::parse("https://other.test/x").unwrap()).is_empty());
        assert_eq!(p.redact("echo: Bearer s3cret!"), "echo: [secret]!");
        assert!(!format!("{p:?}").contains("s3cret"));
        assert!(policy(&["api.test"]).inject_header("GET api.test", "X", "v").is_err());
        assert!(policy(&["api.test"]).inject_header("api.test", "Bad Name", "v").is_err());
    }

    #[test]
    fn bad_patterns_are_refused() {
        for bad in ["", "exa mple.com", "example.com:http", "*.", "a..b"] {
            assert!(HttpPolicy::new([bad]).is_err(), "{bad:?} should be refused");
        }
    }
}
