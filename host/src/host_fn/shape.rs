//! How a Python call's positional and keyword arguments become one serde
//! value for a typed host function.
//!
//! The parameter type decides: a struct takes positional arguments in field
//! order and keyword arguments by field name (like a Python signature); a
//! tuple takes positional arguments only; a map takes keyword arguments; an
//! `Option` one positional argument or none; any other type exactly one. The type's shape is read once, at
//! registration, by asking serde which `deserialize_*` method it calls.

use std::fmt;

use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::{Map, Value};

use super::{HostArgs, HostCallError};

/// What a parameter type wants to be deserialized from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A struct with named fields.
    Struct(&'static [&'static str]),
    /// A tuple or sequence: positional arguments only.
    Seq,
    /// A map: keyword arguments (or one positional dict).
    Map,
    /// `()`: no arguments.
    Unit,
    /// `Option<T>`: one positional argument, or none for `None`.
    Optional,
    /// Anything else: exactly one positional argument.
    Single,
}

impl Shape {
    pub(crate) fn of<A: DeserializeOwned>() -> Shape {
        match A::deserialize(Probe) {
            Err(Found(shape)) => shape,
            Ok(_) => Shape::Single,
        }
    }

    /// Arranges `call` into the value the parameter type deserializes from.
    pub(crate) fn arrange(self, call: HostArgs) -> Result<Value, HostCallError> {
        let HostArgs { args, kwargs } = call;
        match self {
            Shape::Struct(fields) => {
                if args.len() > fields.len() {
                    return Err(invalid(format!("takes {} arguments but {} were given", fields.len(), args.len())));
                }
                let mut object: Map<String, Value> = fields.iter().map(|f| f.to_string()).zip(args).collect();
                for (name, value) in kwargs {
                    if !fields.contains(&name.as_str()) {
                        return Err(invalid(format!("got an unexpected keyword argument '{name}'")));
                    }
                    if object.insert(name.clone(), value).is_some() {
                        return Err(invalid(format!("got multiple values for argument '{name}'")));
                    }
                }
                Ok(Value::Object(object))
            }
            Shape::Seq => {
                no_keywords(&kwargs)?;
                Ok(Value::Array(args))
            }
            Shape::Map => match (args.len(), kwargs.is_empty()) {
                (0, _) => Ok(Value::Object(kwargs)),
                (1, true) => Ok(args.into_iter().next().unwrap_or_default()),
                _ => Err(invalid("takes keyword arguments or one dict".into())),
            },
            Shape::Unit => {
                no_keywords(&kwargs)?;
                if !args.is_empty() {
                    return Err(invalid(format!("takes no arguments but {} were given", args.len())));
                }
                Ok(Value::Null)
            }
            Shape::Optional if args.is_empty() => {
                no_keywords(&kwargs)?;
                Ok(Value::Null)
            }
            Shape::Single | Shape::Optional => {
                no_keywords(&kwargs)?;
                match <[Value; 1]>::try_from(args) {
                    Ok([value]) => Ok(value),
                    Err(args) => Err(invalid(format!("takes 1 argument but {} were given", args.len()))),
                }
            }
        }
    }
}

fn invalid(message: String) -> HostCallError {
    HostCallError::InvalidArguments(message)
}

fn no_keywords(kwargs: &Map<String, Value>) -> Result<(), HostCallError> {
    match kwargs.keys().next() {
        Some(name) => Err(invalid(format!("got an unexpected keyword argument '{name}'"))),
        None => Ok(()),
    }
}

/// A deserializer that holds no data: the first `deserialize_*` call a type
/// makes reveals its shape, carried out as the "error".
struct Probe;

#[derive(Debug)]
struct Found(Shape);

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "shape {:?}", self.0)
    }
}

impl std::error::Error for Found {}

impl de::Error for Found {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Found(Shape::Single)
    }
}

impl<'de> de::Deserializer<'de> for Probe {
    type Error = Found;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Single))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Found> {
        Err(Found(Shape::Struct(fields)))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Seq))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Seq))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Seq))
    }

    fn deserialize_map<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Map))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Unit))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Unit))
    }

    fn deserialize_option<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found(Shape::Optional))
    }

    // A newtype is its inner type's shape.
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Found> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Point {
        x: i64,
        y: i64,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Meters(f64);

    #[test]
    fn shapes_follow_the_parameter_type() {
        assert_eq!(Shape::of::<Point>(), Shape::Struct(&["x", "y"]));
        assert_eq!(Shape::of::<(String, u32)>(), Shape::Seq);
        assert_eq!(Shape::of::<Vec<u8>>(), Shape::Seq);
        assert_eq!(Shape::of::<std::collections::HashMap<String, i32>>(), Shape::Map);
        assert_eq!(Shape::of::<()>(), Shape::Unit);
        assert_eq!(Shape::of::<String>(), Shape::Single);
        assert_eq!(Shape::of::<Option<i32>>(), Shape::Optional);
        assert_eq!(Shape::of::<Meters>(), Shape::Single);
        assert_eq!(Shape::of::<Value>(), Shape::Single);
    }
}
