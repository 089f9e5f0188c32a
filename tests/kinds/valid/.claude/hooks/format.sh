#!/bin/sh
mix format
