"""A VBA project (vbaProject.bin) written from source, per MS-OVBA and MS-CFB.

Office compiles VBA source on load when the project carries no compiled code, so a
project of module sources, the ``dir``/``PROJECT``/``PROJECTwm`` streams and a
source-only ``_VBA_PROJECT`` stream is all an add-in needs.
"""
