// qstrs the port uses that the scanner cannot see in MP_QSTR_ form.
// *FORMAT-OFF*
Q(/lib)
