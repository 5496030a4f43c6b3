//! `docs/errors.md`'s table is the library's: each `ErrorKind`, in order,
//! with its class name and exit status. (The Python and JS packages' tests
//! check their classes against the same table.)

mod common;

use mpsandbox::ErrorKind;

#[test]
fn the_documented_table_is_the_error_kinds() {
    let documented = common::error_table();
    let actual: Vec<(String, String, u8)> =
        ErrorKind::ALL.iter().map(|k| (k.as_str().to_string(), k.class_name().to_string(), k.exit_code())).collect();
    assert_eq!(documented, actual, "docs/errors.md and mpsandbox::ErrorKind disagree");
}
