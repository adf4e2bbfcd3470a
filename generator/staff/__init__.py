"""The staff workflow: report files, the Excel workbook, the change summary, the new-plan scaffold."""
