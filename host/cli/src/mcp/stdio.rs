//! The stdio transport, with JSON-RPC's answer to lines that are not
//! messages. rmcp drops a line it cannot parse without a reply; a client
//! then waits forever for an answer. Here every line is checked first: a
//! JSON-RPC message goes on to rmcp, anything else gets the error response
//! the JSON-RPC spec gives it (-32700 parse error, -32600 invalid request),
//! and the server goes on.

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, DuplexStream};
use tokio::sync::mpsc;

/// Longest line accepted; a longer one is answered and skipped unread.
const MAX_LINE: usize = 16 << 20;

/// The reader and writer to give rmcp, wired to this process's stdin and
/// stdout through the checks.
pub fn transport() -> (DuplexStream, DuplexStream) {
    let (to_rmcp, rmcp_reads) = tokio::io::duplex(1 << 16);
    let (rmcp_writes, from_rmcp) = tokio::io::duplex(1 << 16);
    let (errors_tx, errors_rx) = mpsc::unbounded_channel();
    tokio::spawn(filter(tokio::io::stdin(), to_rmcp, errors_tx));
    tokio::spawn(forward(from_rmcp, errors_rx, tokio::io::stdout()));
    (rmcp_reads, rmcp_writes)
}

/// Why `line` is not a JSON-RPC message, as the error response to send.
fn refusal(line: &[u8]) -> Option<Value> {
    let error = |id: Value, code: i64, message: &str| {
        Some(json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}))
    };
    let v: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => return error(Value::Null, -32700, &format!("parse error: {e}")),
    };
    let Some(obj) = v.as_object() else {
        return error(Value::Null, -32600, "invalid request: a message is one JSON object (batches are not supported)");
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    if obj.get("jsonrpc") != Some(&Value::from("2.0")) {
        return error(id, -32600, "invalid request: \"jsonrpc\" must be \"2.0\"");
    }
    let shaped =
        obj.get("method").is_some_and(Value::is_string) || obj.contains_key("result") || obj.contains_key("error");
    if !shaped {
        return error(id, -32600, "invalid request: no \"method\"");
    }
    None
}

async fn filter(input: impl AsyncRead + Unpin, mut to_rmcp: DuplexStream, errors: mpsc::UnboundedSender<Value>) {
    let mut input = BufReader::new(input);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = (&mut input).take(MAX_LINE as u64 + 1).read_until(b'\n', &mut line).await;
        match read {
            Ok(0) | Err(_) => return, // end of input: rmcp sees its reader close
            Ok(_) => {}
        }
        if line.len() > MAX_LINE && line.last() != Some(&b'\n') {
            let _ = errors.send(json!({"jsonrpc": "2.0", "id": null,
                "error": {"code": -32600, "message": format!("invalid request: a line over {MAX_LINE} bytes")}}));
            skip_line(&mut input).await;
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match refusal(&line) {
            Some(reply) => {
                let _ = errors.send(reply);
            }
            None => {
                if !line.ends_with(b"\n") {
                    line.push(b'\n');
                }
                if to_rmcp.write_all(&line).await.is_err() {
                    return;
                }
            }
        }
    }
}

async fn skip_line(input: &mut (impl AsyncBufReadExt + Unpin)) {
    loop {
        let (done, used) = match input.fill_buf().await {
            Ok([]) | Err(_) => return,
            Ok(buf) => match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            },
        };
        input.consume(used);
        if done {
            return;
        }
    }
}

/// rmcp's lines and the refusals, each written whole, to stdout.
async fn forward(
    from_rmcp: DuplexStream,
    mut errors: mpsc::UnboundedReceiver<Value>,
    mut out: impl AsyncWrite + Unpin,
) {
    let mut lines = BufReader::new(from_rmcp).lines();
    let mut rmcp_open = true;
    loop {
        let line = tokio::select! {
            next = lines.next_line(), if rmcp_open => match next {
                Ok(Some(l)) => l,
                _ => { rmcp_open = false; continue; }
            },
            refusal = errors.recv() => match refusal {
                Some(v) => v.to_string(),
                None if rmcp_open => continue,
                None => return,
            },
            else => return,
        };
        if out.write_all(line.as_bytes()).await.is_err()
            || out.write_all(b"\n").await.is_err()
            || out.flush().await.is_err()
        {
            return;
        }
    }
}
