//! `fetch`: outbound HTTP for sandboxed code, only to allow-listed hosts.
//!
//! Every URL, the first and each redirect target, must match a pattern; every
//! address a name resolves to must be public (not loopback, private,
//! link-local, ...) unless the pattern that matched is that very IP address.
//! Addresses are checked in the resolver the client connects with, so a name
//! cannot resolve to one address for the check and another for the
//! connection.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, COOKIE, LOCATION, PROXY_AUTHORIZATION};
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};
use url::{Host, Url};

use crate::error::Error;
use crate::host_fn::HostCallError;

/// Which hosts `fetch` may reach, and its caps.
#[derive(Debug, Clone)]
pub struct HttpPolicy {
    allow: Vec<HostPattern>,
    /// Largest response body accepted, in bytes (default 1 MiB); a larger
    /// one raises `host.HostLimitError`.
    pub max_response: usize,
    /// Time for one request, redirects and body included (default 10 s).
    /// The sandbox call's own timeout still applies on top.
    pub timeout: Duration,
    /// Redirects followed per request (default 5), each checked against the
    /// allowlist like the first URL.
    pub max_redirects: usize,
}

impl HttpPolicy {
    /// Patterns: `example.com`, `*.example.com` (its subdomains), `*` (any
    /// public host), or an IP address (`127.0.0.1`, `[::1]`), each with an
    /// optional `:port`; without one any port matches. Loopback, private and
    /// other non-public addresses are reachable only through a pattern that
    /// is that address.
    pub fn new<S: AsRef<str>>(patterns: impl IntoIterator<Item = S>) -> Result<HttpPolicy, Error> {
        let allow = patterns
            .into_iter()
            .map(|p| HostPattern::parse(p.as_ref()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(Error::Setup)?;
        Ok(HttpPolicy { allow, max_response: 1 << 20, timeout: Duration::from_secs(10), max_redirects: 5 })
    }

    /// Why `url` may not be fetched, if it may not.
    fn check(&self, url: &Url) -> Result<(), String> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(format!("{url}: only http and https URLs can be fetched"));
        }
        let host = url.host().ok_or_else(|| format!("{url}: no host"))?;
        let port = url.port_or_known_default().unwrap_or(0);
        let Some(pattern) = self.allow.iter().find(|p| p.matches(&host, port)) else {
            return Err(format!("{url}: host '{host}' is not on the allowlist"));
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
}

impl HostPattern {
    fn parse(text: &str) -> Result<HostPattern, String> {
        let bad = |why: &str| format!("bad --allow-http pattern '{text}': {why}");
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
        Ok(HostPattern { host, port })
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
fn non_public(ip: IpAddr) -> Option<&'static str> {
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

/// The client's resolver: a name that resolves to any non-public address is
/// refused (a name is never an IP pattern, so none is exempt).
struct PublicOnly;

#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if let Some((addr, kind)) = addrs.iter().find_map(|a| non_public(a.ip()).map(|k| (a.ip(), k))) {
                let message = format!("'{host}' resolves to {addr}, a {kind} address; only an IP pattern can allow that");
                return Err(Box::new(Refused(message)) as _);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// `fetch(url, method="GET", headers=None, body=None)` as Python calls it.
#[derive(Debug, Deserialize)]
pub(crate) struct FetchArgs {
    url: String,
    #[serde(default)]
    method: Option<String>,
    #[serde(default)]
    headers: Option<BTreeMap<String, String>>,
    #[serde(default)]
    body: Option<String>,
}

/// The `fetch` host function over one policy and one connection pool.
pub(crate) struct Fetcher {
    policy: HttpPolicy,
    client: reqwest::Client,
}

impl Fetcher {
    pub(crate) fn new(policy: HttpPolicy) -> Result<Arc<Fetcher>, Error> {
        // A process-wide default; an embedder's own choice, if made, stays.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(PublicOnly))
            .timeout(policy.timeout)
            .build()
            .map_err(|e| Error::Setup(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Arc::new(Fetcher { policy, client }))
    }

    pub(crate) async fn fetch(&self, args: FetchArgs) -> Result<Value, HostCallError> {
        let failed = |m: String| HostCallError::Failed(format!("fetch: {m}"));
        let invalid = |m: String| HostCallError::InvalidArguments(m);
        let mut url = Url::parse(&args.url).map_err(|e| invalid(format!("bad URL '{}': {e}", args.url)))?;
        self.policy.check(&url).map_err(failed)?;
        let mut method = match args.method.as_deref() {
            None => Method::GET,
            Some(m) => Method::from_bytes(m.to_ascii_uppercase().as_bytes()).map_err(|_| invalid(format!("bad method '{m}'")))?,
        };
        let mut headers = HeaderMap::new();
        for (name, value) in args.headers.unwrap_or_default() {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid(format!("bad header name '{name}'")))?;
            if name == reqwest::header::HOST {
                return Err(invalid("the Host header follows the URL and cannot be set".into()));
            }
            let value = HeaderValue::from_str(&value).map_err(|_| invalid(format!("bad value for header '{name}'")))?;
            headers.append(name, value);
        }
        let mut body = args.body;
        let mut hops = 0;
        loop {
            let mut request = self.client.request(method.clone(), url.clone()).headers(headers.clone());
            if let Some(b) = &body {
                request = request.body(b.clone());
            }
            let response = request.send().await.map_err(|e| failed(describe(&e)))?;
            let status = response.status();
            let location = response.headers().get(LOCATION).and_then(|l| l.to_str().ok());
            if let (true, Some(location)) = (status.is_redirection(), location) {
                hops += 1;
                if hops > self.policy.max_redirects {
                    return Err(failed(format!("more than {} redirects", self.policy.max_redirects)));
                }
                let next = url.join(location).map_err(|e| failed(format!("bad redirect '{location}': {e}")))?;
                self.policy.check(&next).map_err(|m| failed(format!("redirect refused: {m}")))?;
                if next.host() != url.host() {
                    for secret in [AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION] {
                        headers.remove(secret);
                    }
                }
                let keeps_method = matches!(status, StatusCode::TEMPORARY_REDIRECT | StatusCode::PERMANENT_REDIRECT);
                if !keeps_method && method != Method::HEAD {
                    method = Method::GET;
                    body = None;
                }
                url = next;
                continue;
            }
            return self.read(response).await;
        }
    }

    async fn read(&self, mut response: reqwest::Response) -> Result<Value, HostCallError> {
        let max = self.policy.max_response;
        let too_big = || HostCallError::Limit(format!("fetch: the response body exceeds {max} bytes"));
        if response.content_length().is_some_and(|n| n > max as u64) {
            return Err(too_big());
        }
        let status = response.status().as_u16();
        let url = response.url().to_string();
        let mut headers = serde_json::Map::new();
        for (name, value) in response.headers() {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            match headers.get_mut(name.as_str()) {
                Some(Value::String(existing)) => {
                    existing.push_str(", ");
                    existing.push_str(&value);
                }
                _ => {
                    headers.insert(name.as_str().to_string(), Value::String(value));
                }
            }
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| HostCallError::Failed(format!("fetch: {}", describe(&e))))? {
            if body.len() + chunk.len() > max {
                return Err(too_big());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(json!({
            "status": status,
            "url": url,
            "headers": headers,
            "body": String::from_utf8_lossy(&body),
        }))
    }
}

/// The most telling message in a client error's chain: our own refusal if
/// the resolver refused, otherwise the error and its causes.
fn describe(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut parts = Vec::new();
    while let Some(err) = source {
        if let Some(refused) = err.downcast_ref::<Refused>() {
            return refused.0.clone();
        }
        parts.push(err.to_string());
        source = err.source();
    }
    if e.is_timeout() {
        return "the request timed out".into();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(patterns: &[&str]) -> HttpPolicy {
        HttpPolicy::new(patterns).unwrap()
    }

    fn allowed(p: &HttpPolicy, url: &str) -> bool {
        p.check(&Url::parse(url).unwrap()).is_ok()
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
    fn bad_patterns_are_refused() {
        for bad in ["", "exa mple.com", "example.com:http", "*.", "a..b"] {
            assert!(HttpPolicy::new([bad]).is_err(), "{bad:?} should be refused");
        }
    }
}
