@echo off
rem Builds the shipped guidance site from content\ into output\. Extra arguments go to "guidance build".
cd /d "%~dp0"
dotnet run --project generator -c Release -- build %*
