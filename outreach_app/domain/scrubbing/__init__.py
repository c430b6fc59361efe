"""The free-text scrubber: one detector per module, assembled in `scrubber`.

It lives in `domain` (pure: regular expressions over text and the names lists shipped in
`resources/names/`; no storage, no network, no Qt) so that both the app's sharing code
and the charity's server (which may import only `domain` and `protocol`)
scrub with the same function (issue 14, point 6).
"""
