//! `endpoint!`: the one declaration of a documented operation.

/// Declares one documented operation as a type implementing
/// [`Endpoint`](crate::Endpoint) (and, with `action`, [`RpcEndpoint`](crate::RpcEndpoint)).
///
/// The keys come in this order; those in brackets may be left out:
///
/// ```text
/// METHOD "/path/{template}",    // GET, POST, PUT, PATCH or DELETE
/// [id: "operationId",]          // default: the type's name
/// [action: "RpcActionName",]
/// summary: "…",
/// [description: "…",]
/// [source: "subsection",]       // joined to the section's source with ` › `
/// [deprecated: true,]
/// [security: Optional | None,]  // default: Required
/// [path: PathParams,] [query: QueryParams,] [headers: HeaderParams,]
/// [request: Body,] [request_optional: true,]
/// response: (status, "meaning"[, Type | raw "media/type"]),
/// [also: [(status, "meaning"[, Type | raw "media/type"]), …],]
/// [servers: [Server, …],]
/// [extend: function,]           // fn(Operation) -> Operation adding what every
///                               // operation of its kind documents (error replies)
/// ```
///
/// ```
/// use forgespec_core::{Endpoint, Method, endpoint};
/// # #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
/// # pub struct Product { pub id: String }
///
/// endpoint! {
///     /// 获取一个托管平台
///     pub struct GetProduct {
///         GET "/products/{product_id}",
///         id: "getProduct",
///         summary: "获取一个托管平台",
///         response: (200, "The product.", Product),
///     }
/// }
///
/// assert_eq!(GetProduct::METADATA.operation_id, "getProduct");
/// assert_eq!(GetProduct::METADATA.method, Method::Get);
/// // The reply's Rust type, by the operation's name:
/// let product: <GetProduct as Endpoint>::Response =
///     serde_json::from_str(r#"{"id": "p1"}"#).unwrap();
/// assert_eq!(product.id, "p1");
/// ```
#[macro_export]
macro_rules! endpoint {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident {
            $method:ident $path:literal,
            $(id: $id:literal,)?
            $(action: $action:expr,)?
            summary: $summary:expr,
            $(description: $description:expr,)?
            $(source: $source:expr,)?
            $(deprecated: $deprecated:literal,)?
            $(security: $security:ident,)?
            $(path: $path_params:ty,)?
            $(query: $query:ty,)?
            $(headers: $headers:ty,)?
            $(request: $request:ty,)?
            $(request_optional: $request_optional:literal,)?
            response: ($status:literal, $meaning:expr $(, $($response:tt)+)?),
            $(also: [$(($also_status:literal, $also_meaning:expr $(, $($also:tt)+)?)),* $(,)?],)?
            $(servers: [$($server:expr),* $(,)?],)?
            $(extend: $extend:path,)?
        }
    ) => {
        $(#[$attr])*
        $(#[doc(alias = $id)])?
        #[doc = ""]
        #[doc = concat!(
            "`", stringify!($method), " ", $path, "`",
            $(" with `Action=", $action, "`",)?
            ": see the `Endpoint` implementation for its parameter, request and response types."
        )]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        $vis struct $name;

        impl $crate::Endpoint for $name {
            const METADATA: $crate::Metadata = $crate::Metadata {
                operation_id: $crate::__endpoint_or!([$($id)?] [stringify!($name)]),
                method: $crate::__endpoint_method!($method),
                path: $path,
                rpc_action: $crate::__endpoint_option!($($action)?),
                security: $crate::__endpoint_or!([$($crate::Security::$security)?] [$crate::Security::Required]),
                summary: $summary,
                description: $crate::__endpoint_option!($($description)?),
                source: $crate::__endpoint_option!($($source)?),
                deprecated: $crate::__endpoint_or!([$($deprecated)?] [false]),
                request_optional: $crate::__endpoint_or!([$($request_optional)?] [false]),
                response: $crate::ResponseMetadata {
                    status: $status,
                    description: $meaning,
                    raw_content_type: $crate::__endpoint_raw!($($($response)+)?),
                },
            };
            type Path = $crate::__endpoint_or!([$($path_params)?] [$crate::NoParams]);
            type Query = $crate::__endpoint_or!([$($query)?] [$crate::NoParams]);
            type Headers = $crate::__endpoint_or!([$($headers)?] [$crate::NoParams]);
            type Request = $crate::__endpoint_request!($($request)?; $($action)?; $name);
            type Response = $crate::__endpoint_payload!($($($response)+)?);

            // Without `also`, `servers` or `extend` the rebinding is a no-op.
            #[allow(clippy::redundant_locals)]
            fn complete(operation: $crate::Operation) -> $crate::Operation {
                let operation = operation
                $($(
                    .with_response($crate::Response {
                        status: $also_status,
                        description: $also_meaning,
                        body: <$crate::__endpoint_payload!($($($also)+)?) as $crate::Payload>::response_body(
                            $crate::__endpoint_raw!($($($also)+)?),
                        ),
                    })
                )*)?
                $($(.server($server))*)?;
                $(let operation = $extend(operation);)?
                operation
            }
        }

        $(
            impl $crate::RpcEndpoint for $name {
                const ACTION: &'static str = $action;
            }
        )?
    };
}

/// The first of two alternatives when it is given, else the second.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_or {
    ([] [$($default:tt)+]) => { $($default)+ };
    ([$($given:tt)+] [$($default:tt)+]) => { $($given)+ };
}

/// The request body type: the declared one; else, for an Action, the body that
/// holds only the pinned Action; else none.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_request {
    (; ; $name:ident) => { $crate::NoBody };
    (; $action:expr; $name:ident) => { $crate::ActionOnly<$name> };
    ($request:ty; $($action:expr)?; $name:ident) => { $request };
}

/// `Some(x)` when given, else `None`.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_option {
    () => {
        ::core::option::Option::None
    };
    ($given:expr) => {
        ::core::option::Option::Some($given)
    };
}

/// The method's `Method` value.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_method {
    (GET) => {
        $crate::Method::Get
    };
    (POST) => {
        $crate::Method::Post
    };
    (PUT) => {
        $crate::Method::Put
    };
    (PATCH) => {
        $crate::Method::Patch
    };
    (DELETE) => {
        $crate::Method::Delete
    };
}

/// The Rust type of a response body: none, `raw "media/type"`, or a JSON type.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_payload {
    () => {
        $crate::NoBody
    };
    (raw $content_type:literal) => {
        $crate::RawBody
    };
    ($body:ty) => {
        $body
    };
}

/// The media type of a raw response body.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_raw {
    (raw $content_type:literal) => {
        ::core::option::Option::Some($content_type)
    };
    ($($other:tt)*) => {
        ::core::option::Option::None
    };
}
