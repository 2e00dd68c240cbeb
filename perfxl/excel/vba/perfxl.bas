Attribute VB_Name = "perfxl"
Option Explicit
' Ribbon callbacks of the perfxl add-in (its ribbon tab). Each button runs one Python
' function through xlwings' RunPython; the work and every message are in Python
' (perfxl.excel), so this module stays ASCII and never needs editing.

Public Sub Recalculate(control As IRibbonControl)
    RunPython "import perfxl.excel; perfxl.excel.recalculate()"
End Sub

Public Sub NewCopy(control As IRibbonControl)
    RunPython "import perfxl.excel; perfxl.excel.new_copy()"
End Sub

Public Sub ImportFunctions(control As IRibbonControl)
    RunPython "import perfxl.excel; perfxl.excel.import_functions()"
End Sub
