//! `#[derive(New)]`: the constructor of a request, parameter or body struct.
//!
//! A documented request has fields the API needs and fields it may go without.
//! The derive writes `fn new(required…) -> Self` taking each required field (as
//! `impl Into<T>`) in declaration order and leaving every optional one absent. A
//! field counts as optional when it is an `Option<…>`, when serde fills it in
//! (`#[serde(default)]`), or when it is the pinned RPC `Action` (`Action<…>`, whose
//! only value is its default). Where every field is optional the struct also gets
//! `Default`, so `X::default()` and `X::new()` agree.
//!
//! Use it through `forgespec_core::New`; this crate is an implementation detail.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::{Data, DeriveInput, Field, Fields, Type, parse_macro_input};

/// Derives `new` (required fields as arguments) and, where no field is required,
/// `Default`. See the crate documentation.
#[proc_macro_derive(New)]
pub fn derive_new(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            name,
            "#[derive(New)] takes a struct with named fields",
        ));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(syn::Error::new_spanned(
            name,
            "#[derive(New)] takes a struct with named fields",
        ));
    };
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();

    let mut arguments = Vec::new();
    let mut initialisers = Vec::new();
    for field in &fields.named {
        let Some(ident) = &field.ident else {
            continue;
        };
        let ty = &field.ty;
        match filled_by(field) {
            Some(Filler::None) => {
                initialisers.push(quote! { #ident: ::core::option::Option::None })
            }
            Some(Filler::Default) => {
                initialisers.push(quote! { #ident: ::core::default::Default::default() })
            }
            None => {
                arguments.push(quote! { #ident: impl ::core::convert::Into<#ty> });
                initialisers.push(quote! { #ident: #ident.into() });
            }
        }
    }

    let doc = if arguments.is_empty() {
        format!("A `{name}` with every optional field absent.")
    } else {
        format!("A `{name}` with its required fields; every optional field absent.")
    };
    let default = arguments.is_empty().then(|| {
        quote! {
            impl #impl_generics ::core::default::Default for #name #type_generics #where_clause {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    Ok(quote! {
        impl #impl_generics #name #type_generics #where_clause {
            #[doc = #doc]
            #[allow(clippy::too_many_arguments)]
            #[must_use]
            pub fn new(#(#arguments),*) -> Self {
                Self { #(#initialisers),* }
            }
        }
        #default
    })
}

enum Filler {
    /// `Option<…>`: absent.
    None,
    /// serde's default, or the pinned `Action`.
    Default,
}

fn filled_by(field: &Field) -> Option<Filler> {
    let last = match &field.ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    };
    match last.as_deref() {
        Some("Option") => return Some(Filler::None),
        Some("Action") => return Some(Filler::Default),
        _ => {}
    }
    let mut serde_default = false;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        // A serde attribute that does not parse is serde's error to report.
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                serde_default = true;
            }
            skip_value(&meta)
        });
    }
    serde_default.then_some(Filler::Default)
}

/// Steps over the value of a `key = "…"` or `key(…)` serde entry.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: syn::Lit = meta.value()?.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|inner| skip_value(&inner))?;
    }
    Ok(())
}
