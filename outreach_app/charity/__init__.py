"""The charity's key tools until the desk app exists (issue 22): Qt-free, no network.

- key_files.py: private keys on disk, encrypted with a passphrase (PKCS#8), and the public
  descriptions that travel (root.pub.json, desk.json).
- tools.py: make the root key and desk keys, sign a key bundle with the root key, sign an
  alert with an alerts desk's key, open envelopes exported by the server with a desk's key.

`outreach charity ...` (cli/charity_cmds.py) is the front end. docs/protocol.md, "Keys and
desks", says how a charity uses them.
"""
